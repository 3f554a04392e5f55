import TesseraTypes

extension NameSection {
    /// The payload of a `name` custom section (after the section's own name): the module name, function
    /// names and local names subsections, maps in ascending index order.
    public func encode() -> [UInt8] {
        var w = BinaryWriter()
        if let moduleName {
            Self.writeSubsection(0, to: &w) { $0.writeName(moduleName) }
        }
        if !functionNames.isEmpty {
            Self.writeSubsection(1, to: &w) { Self.writeNameMap(functionNames, to: &$0) }
        }
        if !localNames.isEmpty {
            Self.writeSubsection(2, to: &w) { w in
                w.writeU32(UInt32(localNames.count))
                for (function, map) in localNames.sorted(by: { $0.key < $1.key }) {
                    w.writeU32(function)
                    Self.writeNameMap(map, to: &w)
                }
            }
        }
        return w.bytes
    }

    private static func writeSubsection(_ id: UInt8, to w: inout BinaryWriter, _ body: (inout BinaryWriter) -> Void) {
        var content = BinaryWriter()
        body(&content)
        w.writeByte(id)
        w.writeU32(UInt32(content.bytes.count))
        w.writeBytes(content.bytes)
    }

    private static func writeNameMap(_ map: [UInt32: String], to w: inout BinaryWriter) {
        w.writeU32(UInt32(map.count))
        for (index, name) in map.sorted(by: { $0.key < $1.key }) {
            w.writeU32(index)
            w.writeName(name)
        }
    }
}
