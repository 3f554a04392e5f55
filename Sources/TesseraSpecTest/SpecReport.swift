/// The result of running one directive of a script.
public struct DirectiveOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        case passed
        /// What the directive expected and what happened instead.
        case failed(expected: String, got: String)
        /// Not run, with the reason (e.g. "execution not implemented").
        case skipped(reason: String)
    }

    /// 1-based line of the directive in its script (0 for a whole-script failure).
    public var line: Int
    /// The directive kind as written in the script (`WastDirectiveKind.name`), or "script".
    public var kind: String
    public var status: Status
    /// A remark on a passing directive, e.g. an error of the right kind whose message differs from the
    /// expected text.
    public var note: String?

    public init(line: Int, kind: String, status: Status, note: String? = nil) {
        self.line = line
        self.kind = kind
        self.status = status
        self.note = note
    }
}

/// Counts by directive kind and the details of failures for one script.
public struct FileReport: Sendable {
    /// The script's path (or a name given by the caller).
    public var file: String
    public var passed: [String: Int] = [:]
    public var failed: [String: Int] = [:]
    public var skipped: [String: Int] = [:]
    /// Every directive's outcome, in script order.
    public var outcomes: [DirectiveOutcome] = []

    public init(file: String) {
        self.file = file
    }

    /// Adds one outcome to the counts.
    public mutating func record(_ outcome: DirectiveOutcome) {
        switch outcome.status {
        case .passed: passed[outcome.kind, default: 0] += 1
        case .failed: failed[outcome.kind, default: 0] += 1
        case .skipped: skipped[outcome.kind, default: 0] += 1
        }
        outcomes.append(outcome)
    }

    public var totalPassed: Int { passed.values.reduce(0, +) }
    public var totalFailed: Int { failed.values.reduce(0, +) }
    public var totalSkipped: Int { skipped.values.reduce(0, +) }

    /// The failed directives.
    public var failures: [DirectiveOutcome] {
        outcomes.filter { if case .failed = $0.status { true } else { false } }
    }

    /// Passing directives that carry a note (e.g. a message mismatch).
    public var notes: [DirectiveOutcome] {
        outcomes.filter { $0.note != nil }
    }

    /// How many directives were skipped for each reason.
    public var skipReasons: [String: Int] {
        var reasons: [String: Int] = [:]
        for outcome in outcomes {
            if case .skipped(let reason) = outcome.status { reasons[reason, default: 0] += 1 }
        }
        return reasons
    }
}

/// Totals over several files.
public struct SuiteTotals: Sendable, Equatable {
    public var passed = 0
    public var failed = 0
    public var skipped = 0

    public init() {}

    public init(_ reports: some Sequence<FileReport>) {
        for report in reports { add(report) }
    }

    public mutating func add(_ report: FileReport) {
        passed += report.totalPassed
        failed += report.totalFailed
        skipped += report.totalSkipped
    }

    /// `N passed, M failed, K skipped`.
    public var summaryLine: String {
        "\(passed) passed, \(failed) failed, \(skipped) skipped"
    }
}
