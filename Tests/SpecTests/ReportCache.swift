import Foundation
import TesseraSpecTest

/// Runs each suite file once per test process, however many tests ask for it (the per-file tests and
/// the aggregate test share the reports). Different files run in parallel; a second request for a file
/// waits for the first.
final class ReportCache: @unchecked Sendable {
    static let shared = ReportCache()

    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var report: FileReport?
    }

    private let lock = NSLock()
    private var slots: [String: Slot] = [:]
    private let runner = SpecRunner()

    func report(for file: SuiteFile) -> FileReport {
        let slot: Slot = lock.withLock {
            if let existing = slots[file.path] { return existing }
            let created = Slot()
            slots[file.path] = created
            return created
        }
        return slot.lock.withLock {
            if let report = slot.report { return report }
            var report = runner.runFile(atPath: file.path)
            report.file = file.name
            slot.report = report
            return report
        }
    }
}
