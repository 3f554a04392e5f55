import Foundation
import Testing
import TesseraTypes
import TesseraText

/// The text side of the official spec testsuite: every script parses, every text module encodes, and
/// every text module the suite calls malformed is rejected as malformed.
struct SpecSuiteTextTests {
    /// `$TESSERA_SPEC_TESTSUITE`, or `../shared/spec-testsuite` beside the package root.
    static let suiteDirectory: String = {
        if let path = ProcessInfo.processInfo.environment["TESSERA_SPEC_TESTSUITE"], !path.isEmpty { return path }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/spec-testsuite").path
    }()

    static let files: [String] = ["", "extra-from-spec", "custom"].flatMap { folder -> [String] in
        let directory = folder.isEmpty ? suiteDirectory : suiteDirectory + "/" + folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".wast") }.sorted().map { directory + "/" + $0 }
    }

    @Test func suiteIsPresent() {
        #expect(Self.files.count >= 261, "spec testsuite not found at \(Self.suiteDirectory)")
    }

    @Test(arguments: files)
    func scriptParsesAndTextModulesEncode(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let script = try parseWast(text)
        for directive in script.directives {
            switch directive.kind {
            case .module(let m), .assertInvalid(let m, _), .assertUnlinkable(let m, _), .assertTrapModule(let m, _):
                if case .binary = m.source { continue }
                #expect(throws: Never.self, "line \(directive.line)") { _ = try m.binary() }
            case .assertMalformed(let m, let message), .assertMalformedCustom(let m, let message):
                if case .binary = m.source { continue }
                do {
                    _ = try m.binary()
                    Issue.record("line \(directive.line): accepted, expected \(message)")
                } catch {
                    #expect(error.kind == .malformed, "line \(directive.line)")
                    #expect(error.message.hasPrefix(message), "line \(directive.line)")
                }
            default:
                break
            }
        }
    }
}
