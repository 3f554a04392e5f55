/// An instance's exports in declaration order, looked up by the exact UTF-8 bytes of their names.
public typealias ExportMap = NameMap<Extern>

/// Values in insertion order, looked up by the exact UTF-8 bytes of their names.
///
/// WebAssembly names are byte strings: two names that Unicode calls canonically equivalent (say "é" as
/// one code point and as "e" plus a combining accent) are different exports. Swift's `String` equality
/// merges them, so the map keys by bytes instead. Elements are `(key:value:)` pairs like a
/// `Dictionary`'s.
public struct NameMap<Value>: RandomAccessCollection {
    public typealias Element = (key: String, value: Value)

    var entries: [Element] = []
    var positions: [ExactName: Int] = [:]

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }
    public subscript(position: Int) -> Element { entries[position] }

    /// The export named exactly `name` (byte for byte); setting replaces it or appends a new one.
    public subscript(name: String) -> Value? {
        get { positions[ExactName(name)].map { entries[$0].value } }
        set {
            let key = ExactName(name)
            if let position = positions[key] {
                if let newValue {
                    entries[position].value = newValue
                } else {
                    entries.remove(at: position)
                    positions = [:]
                    for (i, entry) in entries.enumerated() { positions[ExactName(entry.key)] = i }
                }
            } else if let newValue {
                positions[key] = entries.count
                entries.append((key: name, value: newValue))
            }
        }
    }

    /// The names in insertion order.
    public var names: [String] { entries.map(\.key) }

    /// The same names with each value transformed.
    public func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> NameMap<T> {
        var result = NameMap<T>()
        result.entries = try entries.map { (key: $0.key, value: try transform($0.value)) }
        result.positions = positions
        return result
    }
}

/// A string compared and hashed by its UTF-8 bytes (no Unicode canonical equivalence).
struct ExactName: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (a: ExactName, b: ExactName) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
