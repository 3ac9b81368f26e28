using NewsQuality.Storage;

namespace NewsQuality.Core.Tests.Storage;

public sealed class ImageSlotsTests
{
    /// <summary>Keys that all hash to one slot, or to the last slot, so that filing wraps and every probe walks a run.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    public void Every_row_is_found_from_its_first_slot_and_a_missing_key_ends_at_an_empty_slot(int rows)
    {
        foreach (Func<int, int, int> firstSlot in new Func<int, int, int>[] { (_, mask) => mask, (row, mask) => row * 7 & mask, (_, _) => 0 })
        {
            var slots = ImageSlots.Build(rows, firstSlot);
            Assert.True(slots.Length >= 2 * rows && (slots.Length & (slots.Length - 1)) == 0);
            Assert.Equal(Enumerable.Range(1, rows), slots.Where(slot => slot != 0).Order());
            for (var row = 0; row < rows; row++)
            {
                var candidates = new List<int>();
                foreach (var candidate in ImageSlots.Candidates(slots, firstSlot(row, slots.Length - 1))) candidates.Add(candidate);
                Assert.Contains(row, candidates);
            }
            var probed = 0;
            foreach (var _ in ImageSlots.Candidates(slots, 0)) probed++;
            Assert.True(probed < slots.Length, "a probe ends at an empty slot");
        }
    }
}
