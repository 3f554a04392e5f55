import Foundation
import XCTest

/// Runs run_extism.py --check: the real Extism host (PyPI `extism`) must still produce exactly the
/// outcomes recorded in expected.json, which ExtismDifferentialTests replays against Tessera. Skipped
/// when `python3 -c "import extism"` fails.
final class ExtismReferenceHostTests: XCTestCase {
    func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: PluginFixtures.directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    func testReferenceHostStillAgreesWithTheRecordedOutcomes() throws {
        guard (try? run(["python3", "-c", "import extism"]))?.0 == 0 else {
            throw XCTSkip("the extism Python package is not installed")
        }
        let (status, output) = try run(["python3", "run_extism.py", "--check"])
        print(output)
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains(" agreed, 0 differed"), output)
    }
}
