using NewsQuality.Knowledge;

namespace NewsQuality.Core.Tests.Knowledge;

public class GazetteerTests
{
    private readonly Gazetteer _gazetteer = Gazetteer.Default;

    [Theory]
    [InlineData("Russian", "Russia")]
    [InlineData("russia", "Russia")]
    [InlineData("Dutch", "Netherlands")]
    [InlineData("British", "United Kingdom")]
    [InlineData("US", "United States")]
    [InlineData("Japanese", "Japan")]
    public void Finds_countries_by_name_or_demonym(string query, string country)
    {
        Assert.Equal(country, _gazetteer.FindCountry(query)!.Name);
    }

    [Fact]
    public void Offices_are_normalised_and_include_the_curated_additions()
    {
        Assert.Contains("Prime Minister", _gazetteer.FindCountry("Russia")!.HeadOffices); // Factbook says "Premier"
        Assert.DoesNotContain("Chancellor", _gazetteer.FindCountry("Russia")!.HeadOffices);
        Assert.Contains("Chancellor", _gazetteer.FindCountry("Germany")!.HeadOffices);
        Assert.Contains("Chancellor", _gazetteer.FindCountry("British")!.HeadOffices); // of the Exchequer
        Assert.Contains("Prime Minister", _gazetteer.FindCountry("Spain")!.HeadOffices); // "President of the Government"
    }

    [Fact]
    public void Public_figures_load_with_aliases_and_roles()
    {
        var blinken = Assert.Single(_gazetteer.FiguresBySurname["Blinken"]);
        Assert.Equal("Antony Blinken", blinken.Name);
        Assert.Contains("Tony Blinken", blinken.Aliases);
        Assert.Contains(blinken.Roles, r => r.Title == "Secretary of State" && r.FirstYear == 2021);
        Assert.True(_gazetteer.Figures.Count > 1000);
    }
}
