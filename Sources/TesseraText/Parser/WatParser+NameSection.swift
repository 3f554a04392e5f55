import TesseraTypes
import TesseraBinary

/// The `name` custom section built from the module's ids: the module name, function names and local
/// names (the subsections a debugger or a backtrace uses).
extension WatParser {
    /// Records the ids of the current function's parameters and locals.
    mutating func recordLocalNames(function index: UInt32) {
        guard !localNames.isEmpty else { return }
        localNamesByFunction.append((index, localNames.map { ($0.value, $0.key) }.sorted { $0.0 < $1.0 }))
    }

    /// Appends the `name` section after all other sections, if there is any name to record.
    mutating func appendNameSection() {
        let functionNames = declarations[spaceOrdinal(.function)].enumerated().compactMap { i, d in
            d.name.map { (UInt32(i), $0) }
        }
        guard moduleName != nil || !functionNames.isEmpty || !localNamesByFunction.isEmpty else { return }
        var w = BinaryWriter(bytes: [])
        func subsection(_ id: UInt8, _ body: (inout BinaryWriter) -> Void) {
            var content = BinaryWriter(bytes: [])
            body(&content)
            w.writeByte(id)
            w.writeU32(UInt32(content.bytes.count))
            w.writeBytes(content.bytes)
        }
        if let moduleName {
            subsection(0) { $0.writeName(moduleName) }
        }
        if !functionNames.isEmpty {
            subsection(1) { s in
                s.writeU32(UInt32(functionNames.count))
                for (index, name) in functionNames {
                    s.writeU32(index)
                    s.writeName(name)
                }
            }
        }
        if !localNamesByFunction.isEmpty {
            let sorted = localNamesByFunction.sorted { $0.function < $1.function }
            subsection(2) { s in
                s.writeU32(UInt32(sorted.count))
                for (function, locals) in sorted {
                    s.writeU32(function)
                    s.writeU32(UInt32(locals.count))
                    for (index, name) in locals {
                        s.writeU32(index)
                        s.writeName(name)
                    }
                }
            }
        }
        module.customSections.append(CustomSection(name: "name", payload: w.bytes[...], position: Int.max))
    }
}
