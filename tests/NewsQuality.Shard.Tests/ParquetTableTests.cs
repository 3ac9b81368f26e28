namespace NewsQuality.Shard.Tests;

public sealed class ParquetTableTests
{
    [Fact]
    public void Reading_a_row_group_at_a_time_yields_every_row_once_in_order()
    {
        var folder = Directory.CreateTempSubdirectory("nq-parquet-table-").FullName;
        try
        {
            var path = Path.Combine(folder, "pairs.parquet");
            // Enough rows for three row groups, the last one partial.
            var rows = Enumerable.Range(0, 20_000).Select(i => new PairRow { A = i, B = i * 7 + 1 }).ToList();
            ParquetTable<PairRow>.Write(path, rows);

            var byRowGroup = ParquetTable<PairRow>.ReadByRowGroup(path).Select(row => (row.A, row.B)).ToList();

            Assert.Equal(rows.Select(row => (row.A, row.B)), byRowGroup);
            Assert.Equal(ParquetTable<PairRow>.Read(path).Select(row => (row.A, row.B)), byRowGroup);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
