namespace NewsQuality.Review.Tests;

public sealed class AgreementTests
{
    private static List<(bool, bool)> Pairs(int yesYes, int yesNo, int noYes, int noNo) =>
    [
        .. Enumerable.Repeat((true, true), yesYes), .. Enumerable.Repeat((true, false), yesNo),
        .. Enumerable.Repeat((false, true), noYes), .. Enumerable.Repeat((false, false), noNo),
    ];

    [Fact]
    public void Cohens_kappa_matches_the_textbook_example()
    {
        // Wikipedia's example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no; p_o = 0.7, p_e = 0.5, κ = 0.4.
        Assert.Equal(0.4, Agreement.CohensKappa(Pairs(20, 5, 10, 15))!.Value, 9);
    }

    [Fact]
    public void Kappa_is_one_for_full_agreement_below_zero_for_systematic_disagreement_and_undefined_without_variety()
    {
        Assert.Equal(1, Agreement.CohensKappa(Pairs(3, 0, 0, 2))!.Value, 9);
        Assert.True(Agreement.CohensKappa(Pairs(0, 3, 2, 0)) < 0);
        Assert.Null(Agreement.CohensKappa(Pairs(4, 0, 0, 0)));
        Assert.Null(Agreement.CohensKappa([]));
    }
}
