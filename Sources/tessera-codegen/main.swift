// tessera-codegen: writes the files generated from the instruction table, or with `--check` reports
// (and exits non-zero for) any checked-in file that differs from what the table generates.
import Foundation
import TesseraCodegen

let arguments = CommandLine.arguments.dropFirst()
let check = arguments.contains("--check")
// The package root: `--root PATH`, else two levels above this source file.
let root: URL = {
    if let i = arguments.firstIndex(of: "--root"), arguments.index(after: i) < arguments.endIndex {
        return URL(fileURLWithPath: arguments[arguments.index(after: i)])
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}()

var stale: [String] = []
for (path, contents) in generateAll() {
    let url = root.appendingPathComponent(path)
    let existing = try? String(contentsOf: url, encoding: .utf8)
    if existing == contents { continue }
    if check {
        stale.append(path)
    } else {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        print("wrote \(path)")
    }
}
if check {
    if stale.isEmpty {
        print("tessera-codegen: all generated files are current")
    } else {
        for path in stale { print("stale: \(path)") }
        exit(1)
    }
}
