using System.Text;
using GovDisclosure.Cli;

var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
try
{
    return CliApp.Run(args, output, error);
}
finally
{
    output.Flush();
}
