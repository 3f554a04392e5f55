extension FileReport {
    /// One line of JSON: `{"failed": {...}, "file": PATH, "passed": {...}, "skipped": {...}}` with keys
    /// sorted and zero counts omitted.
    public var jsonLine: String {
        var s = "{"
        s += "\(jsonString("failed")): \(jsonCounts(failed)), "
        s += "\(jsonString("file")): \(jsonString(file)), "
        s += "\(jsonString("passed")): \(jsonCounts(passed)), "
        s += "\(jsonString("skipped")): \(jsonCounts(skipped))"
        s += "}"
        return s
    }

    /// One human-readable line: the file, the totals and the counts of failing kinds.
    public var summaryLine: String {
        var s = "\(file): \(totalPassed) passed, \(totalFailed) failed, \(totalSkipped) skipped"
        if !failed.isEmpty {
            let kinds = failed.keys.sorted().map { "\($0) \(failed[$0] ?? 0)" }
            s += " (failed: " + kinds.joined(separator: ", ") + ")"
        }
        let noteCount = notes.count
        if noteCount > 0 { s += ", \(noteCount) note\(noteCount == 1 ? "" : "s")" }
        return s
    }

    /// One line per failure: `PATH:LINE: KIND: expected …, got …`.
    public var failureLines: [String] {
        failures.map { outcome in
            guard case .failed(let expected, let got) = outcome.status else { return "" }
            return "\(file):\(outcome.line): \(outcome.kind): expected \(expected), got \(got)"
        }
    }

    /// One line per note: `PATH:LINE: KIND: note`.
    public var noteLines: [String] {
        notes.map { "\(file):\($0.line): \($0.kind): note: \($0.note ?? "")" }
    }
}

private func jsonCounts(_ counts: [String: Int]) -> String {
    let entries = counts.filter { $0.value != 0 }.sorted { $0.key < $1.key }
    return "{" + entries.map { "\(jsonString($0.key)): \($0.value)" }.joined(separator: ", ") + "}"
}

/// A JSON string literal: quotes, backslashes and control characters are escaped.
public func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}
