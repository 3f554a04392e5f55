// The `tessera` command: see `Usage.top` or run `tessera --help`.
let arguments = Array(CommandLine.arguments.dropFirst())
exitProcess(CLI.run(arguments))
