import Foundation
import Testing
import TesseraSpecTest

/// The official spec testsuite: where it is and which files run.
enum SpecSuite {
    /// The package root, derived from this file's path (Tests/SpecTests/SpecSuite.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `$TESSERA_SPEC_TESTSUITE`, or `../shared/spec-testsuite` beside the package root.
    static let directory = SuiteFiles.specTestsuiteDirectory(packageRoot: packageRoot)

    /// The folders that run: the root (Wasm 3.0 core) plus the two extra folders.
    static let folders = ["", "extra-from-spec", "custom"]

    /// Every `.wast` file of the suite, or an empty list when the suite is missing (a separate test
    /// then fails loudly).
    static let files: [SuiteFile] = folders.flatMap { folder -> [SuiteFile] in
        let path = folder.isEmpty ? directory : SuiteFiles.join(directory, folder)
        guard case .success(let found) = SuiteFiles.wastFiles(inDirectory: path) else { return [] }
        return found.map { SuiteFile(path: $0, name: folder.isEmpty ? lastComponent($0) : folder + "/" + lastComponent($0)) }
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// One `.wast` file, shown in test output by its name relative to the suite.
struct SuiteFile: Sendable, CustomTestStringConvertible {
    var path: String
    var name: String

    var testDescription: String { name }
}
