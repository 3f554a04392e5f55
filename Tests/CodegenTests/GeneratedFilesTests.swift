import Foundation
import Testing
import TesseraCodegen

/// The checked-in generated files must equal what the instruction table generates now.
@Test func generatedFilesAreCurrent() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    for (path, contents) in generateAll() {
        let existing = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        #expect(existing == contents, "\(path) is stale: run `swift run tessera-codegen`")
        #expect(contents.hasPrefix(generatedHeader + "\n"))
    }
}
