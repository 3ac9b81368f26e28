using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

public class LookAlikeLettersTests
{
    [Theory]
    [InlineData("Y\u043eur \u0441\u043entent \u0456\u0455 d\u0435l\u0456v\u0435r\u0435d to thousands of readers!", true)]
    [InlineData("Contact our sales desk on 555-0142.", false)]
    [InlineData("\u041f\u0443\u0442\u0438\u043d said on Monday that talks would resume.", false)]
    [InlineData("The Greek word \u03bb\u03cc\u03b3\u03bf\u03c2 means word, and \u0420\u043e\u0441\u0441\u0438\u044f means Russia.", false)]
    [InlineData("The firm, stylised as \u0412ANK, said its new \u0441afe and \u0430pp open in May at the station on Monday.", false)]
    public void Finds_lines_written_in_look_alike_letters(string line, bool disguised) => Assert.Equal(disguised, LookAlikeLetters.Disguise(line));
}
