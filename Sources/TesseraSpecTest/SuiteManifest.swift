/// The testsuite's `MANIFEST.tsv`: one row per `.wast` file (its path relative to the manifest) with,
/// among other columns, `beyond_wasm2`: the proposals a file uses beyond Wasm 2.0, comma-separated.
///
/// The runner reads it for one fact: whether a file is one of the GC files (a `beyond_wasm2` entry
/// containing "gc"). Only there may directives that need GC be skipped.
public struct SuiteManifest: Sendable {
    /// The `beyond_wasm2` entries of each file, by relative path.
    public var proposals: [String: [String]]

    public init(proposals: [String: [String]]) {
        self.proposals = proposals
    }

    /// Parses the tab-separated text (a header row naming the columns `path` and `beyond_wasm2`).
    public init(tsv text: String) {
        var rows = text.split(whereSeparator: \.isNewline).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        proposals = [:]
        guard !rows.isEmpty else { return }
        let header = rows.removeFirst()
        guard let pathColumn = header.firstIndex(of: "path"),
              let proposalColumn = header.firstIndex(of: "beyond_wasm2") else { return }
        for row in rows where row.count > max(pathColumn, proposalColumn) {
            proposals[row[pathColumn]] = row[proposalColumn].split(separator: ",").map(String.init)
        }
    }

    /// Whether the file at `relativePath` uses GC.
    public func isGCFile(_ relativePath: String) -> Bool {
        proposals[relativePath]?.contains { $0.contains("gc") } ?? false
    }

    /// Whether the script at `path` is a GC file of the manifest found in its folder or up to two
    /// folders above it (false when there is no manifest or the file is not listed).
    public static func isGCFile(atPath path: String) -> Bool {
        var components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard components.count > 1 else { return isGCFile(atPath: "./" + path) }
        var relative = [components.removeLast()]
        for _ in 0..<3 {
            let folder = components.isEmpty ? "." : components.joined(separator: "/")
            let manifestPath = SuiteFiles.join(folder.isEmpty ? "/" : folder, "MANIFEST.tsv")
            if case .success(let text) = SuiteFiles.readText(atPath: manifestPath) {
                return SuiteManifest(tsv: text).isGCFile(relative.joined(separator: "/"))
            }
            guard let last = components.popLast() else { break }
            relative.insert(last, at: 0)
        }
        return false
    }
}

