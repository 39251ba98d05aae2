System.Console.WriteLine(System.CommandLine.RootCommand.DefaultHelpName ?? "");
