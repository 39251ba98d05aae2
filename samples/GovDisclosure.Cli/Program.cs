using System.Text;
using GovDisclosure.Cli;

// Output is flushed by each command inside its error handling, so a full disk or a closed pipe is an error line, not a crash.
var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
return CliApp.Run(args, output, error, Console.OpenStandardInput, errorIsTerminal: !Console.IsErrorRedirected);
