namespace NewsQuality.Input;

/// <summary>Opening an input for the streaming readers: the stream, or the one-line reason it could not be opened.</summary>
internal static class InputStreams
{
    public static (Stream? Stream, string? Error) Open(Func<Stream> open)
    {
        try
        {
            return (open(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read: {e.Message}");
        }
    }
}
