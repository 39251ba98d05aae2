namespace GovDisclosure.Cli;

/// <summary>The exit codes of every command (the contract of docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Success (validation: no finding of severity error).</summary>
    public const int Success = 0;

    /// <summary>Validation found at least one error.</summary>
    public const int ValidationErrors = 1;

    /// <summary>Input could not be read (bad file, bad JSON/CSV, unknown format); the message names the file and the place.</summary>
    public const int InputError = 2;

    /// <summary>Wrong usage.</summary>
    public const int Usage = 64;

    /// <summary>An internal error: a bug in the library or the tool (sysexits' EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>Output could not be written: a full disk, a closed pipe, a folder that does not exist (sysexits' EX_IOERR).</summary>
    public const int OutputError = 74;
}
