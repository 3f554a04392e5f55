import TesseraSpecTest

/// `tessera wast [--json] [--verbose] [--no-execute] PATH...`
enum WastCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let parsed: Arguments
        switch parseCommandArguments(
            arguments, usage: Usage.wast, flags: ["--json", "--verbose", "--execute", "--no-execute"], aliases: ["-v": "--verbose"])
        {
        case .success(let p): parsed = p
        case .failure(let request): return request.code
        }
        guard !parsed.positionals.isEmpty else { return usageError("no script given", Usage.wast) }
        let files: [String]
        switch SuiteFiles.expand(parsed.positionals) {
        case .success(let found): files = found
        case .failure(let error):
            printError("error: \(error.message)")
            return .failure
        }
        let json = parsed.flags.contains("--json")
        let verbose = parsed.flags.contains("--verbose")
        // With --no-execute, modules are only decoded and validated (execution directives are skipped);
        // --execute (the default) is still accepted.
        if parsed.flags.contains("--execute") && parsed.flags.contains("--no-execute") {
            return usageError("--execute and --no-execute exclude each other", Usage.wast)
        }
        let runner = SpecRunner(execute: !parsed.flags.contains("--no-execute"))
        var totals = SuiteTotals()
        var skipReasons: [String: Int] = [:]
        for file in files {
            let report = runner.runFile(atPath: file)
            totals.add(report)
            skipReasons.merge(report.skipReasons, uniquingKeysWith: +)
            if json {
                print(report.jsonLine)
                if verbose { (report.failureLines + report.noteLines).forEach(printError) }
            } else {
                print(report.summaryLine)
                if verbose { (report.failureLines + report.noteLines).forEach { print("  " + $0) } }
            }
        }
        if verbose {
            let lines = skipReasons.sorted { $0.key < $1.key }.map { "skipped \($0.value): \($0.key)" }
            lines.forEach(json ? printError : { print($0) })
        }
        print(totals.summaryLine)
        return totals.failed == 0 ? .success : .failure
    }
}
