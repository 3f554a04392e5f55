import Testing
import TesseraTypes
import TesseraSpecTest

/// Replays every reproducer in `Fixtures/fuzz` (see its README): each `.wasm` must decode and validate
/// (each `.wat` assemble, decode and validate) to success or a `WasmError`, and to the outcome its
/// `.expected` file names, if it has one.
@Suite("Fuzz fixtures")
struct FixtureReplayTests {
    static let fixtures: [String] = {
        guard case .success(let names) = SuiteFiles.entries(ofDirectory: FuzzPaths.fixtures) else { return [] }
        return names.filter { $0.hasSuffix(".wasm") || $0.hasSuffix(".wat") }
    }()

    @Test("the fixtures folder exists")
    func folderExists() {
        #expect(SuiteFiles.isDirectory(FuzzPaths.fixtures), "missing \(FuzzPaths.fixtures)")
    }

    @Test("reproducer", arguments: fixtures)
    func replay(_ name: String) throws {
        let path = SuiteFiles.join(FuzzPaths.fixtures, name)
        let bytes = try SuiteFiles.readBytes(atPath: path).get()
        let outcome: Result<Void, WasmError>
        if name.hasSuffix(".wat") {
            do {
                outcome = decodeAndValidate(try Toolchain.assemble(String(decoding: bytes, as: UTF8.self)))
            } catch {
                outcome = .failure(error)
            }
        } else {
            outcome = decodeAndValidate(bytes)
        }
        let stem = name.hasSuffix(".wat") ? path.dropLast(".wat".count) : path.dropLast(".wasm".count)
        let expectedPath = String(stem) + ".expected"
        guard case .success(let text) = SuiteFiles.readText(atPath: expectedPath) else { return }
        let expected = ExpectedOutcome(text)
        switch outcome {
        case .success:
            #expect(expected.kind == nil, "\(name): validated, expected \(text)")
        case .failure(let error):
            #expect(expected.kind == error.kind, "\(name): \(error), expected \(text)")
            if let message = expected.messagePrefix {
                #expect(error.message.hasPrefix(message), "\(name): \(error), expected \(text)")
            }
        }
    }

    @Test func expectedOutcomeFormat() {
        #expect(ExpectedOutcome("valid\n").kind == nil)
        let malformed = ExpectedOutcome("malformed: unexpected end\n")
        #expect(malformed.kind == .malformed && malformed.messagePrefix == "unexpected end")
        #expect(ExpectedOutcome("invalid").kind == .invalid && ExpectedOutcome("invalid").messagePrefix == nil)
    }
}

/// The first line of a `.expected` file: `valid`, or `malformed` / `invalid` optionally followed by
/// `: message prefix`.
struct ExpectedOutcome {
    var kind: WasmErrorKind?
    var messagePrefix: String?

    init(_ text: String) {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let parts = line.split(separator: ":", maxSplits: 1)
        let head = parts.first.map { $0.trimmingSpaces } ?? ""
        kind = head == "valid" ? nil : WasmErrorKind(rawValue: head)
        if parts.count == 2 {
            let message = parts[1].trimmingSpaces
            messagePrefix = message.isEmpty ? nil : message
        }
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " || $0 == "\r" }.reversed())
    }
}
