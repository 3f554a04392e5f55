import Foundation
import Testing
import TesseraSpecTest

@Suite("Spec testsuite")
struct SpecSuiteTests {
    @Test("the testsuite is present")
    func suiteIsPresent() {
        let missing = "spec testsuite not found at \(SpecSuite.directory) (set TESSERA_SPEC_TESTSUITE)"
        #expect(SpecSuite.files.count > 0, Comment(rawValue: missing))
        for folder in SpecSuite.folders {
            let count = SpecSuite.files.filter { folder.isEmpty ? !$0.name.contains("/") : $0.name.hasPrefix(folder + "/") }.count
            #expect(count > 0, "no .wast files in \(folder.isEmpty ? "the suite root" : folder)")
        }
    }

    @Test("no directive fails", arguments: SpecSuite.files)
    func wastFile(_ file: SuiteFile) {
        let report = ReportCache.shared.report(for: file)
        let shown = report.failureLines.prefix(20).joined(separator: "\n")
        let more = report.totalFailed > 20 ? "\n… and \(report.totalFailed - 20) more" : ""
        #expect(report.totalFailed == 0, "\(report.summaryLine)\n\(shown)\(more)")
    }

    @Test("every assert_malformed and assert_invalid passes")
    func rejectionAssertions() {
        #expect(!SpecSuite.files.isEmpty, "spec testsuite not found at \(SpecSuite.directory)")
        var passed: [String: Int] = [:]
        var notPassed: [String] = []
        for file in SpecSuite.files {
            let report = ReportCache.shared.report(for: file)
            let source = (try? String(contentsOfFile: file.path, encoding: .utf8)) ?? ""
            for kind in ["assert_malformed", "assert_invalid"] {
                passed[kind, default: 0] += report.passed[kind] ?? 0
                let failed = report.failed[kind] ?? 0
                let skipped = report.skipped[kind] ?? 0
                if failed + skipped > 0 { notPassed.append("\(file.name): \(kind) \(failed) failed, \(skipped) skipped") }
                // Cross-check against the source, so that directives lost by the parser cannot pass unseen.
                let written = Self.topLevelCount(of: kind, in: source)
                let seen = (report.passed[kind] ?? 0) + failed + skipped
                if report.failed["script"] == nil && seen != written {
                    notPassed.append("\(file.name): \(written) \(kind) in the source, \(seen) run")
                }
            }
            // A script that does not parse hides its assertions: it counts against this test too.
            if let scriptFailures = report.failed["script"] { notPassed.append("\(file.name): script \(scriptFailures) failed") }
        }
        #expect(notPassed.isEmpty, "\(notPassed.count) problems:\n\(notPassed.prefix(40).joined(separator: "\n"))")
        #expect((passed["assert_malformed"] ?? 0) > 0 && (passed["assert_invalid"] ?? 0) > 0)
    }

    /// Lines that open a top-level `(KIND` directive (the suite writes each directive at column 0).
    static func topLevelCount(of kind: String, in source: String) -> Int {
        let opening = "(" + kind
        return source.split(separator: "\n", omittingEmptySubsequences: true).count { line in
            guard line.hasPrefix(opening) else { return false }
            let rest = line.dropFirst(opening.count)
            return rest.first.map { $0 == " " || $0 == "\t" || $0 == "\r" } ?? true
        }
    }
}
