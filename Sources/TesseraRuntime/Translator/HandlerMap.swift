/// A key of a ``HandlerMap``: handler words, or small records of them, mixed into 64 bits.
protocol HandlerKey: Equatable {
    var mixed: UInt64 { get }
}

extension UInt64: HandlerKey {
    var mixed: UInt64 { self }
}

extension HandlerPair: HandlerKey {
    var mixed: UInt64 { (first &* 0x9E37_79B9_7F4A_7C15) ^ second }
}

extension AccumulatorForm: HandlerKey {
    var mixed: UInt64 {
        let kinds = UInt64(inputKind.map { $0.rawValue + 1 } ?? 0) << 2 | UInt64(result.map { $0.rawValue + 1 } ?? 0)
        return base ^ (UInt64(truncatingIfNeeded: input) << 48 | kinds << 56 | (keepsSlot ? 1 << 62 : 0))
    }
}

/// The translator's tables from handler words to handlers and shapes: an open-addressing hash table,
/// built once, that hashes a key by one multiplication. (`Dictionary` runs SipHash on every lookup; the
/// translator looks up several times per instruction, and hashing was a tenth of the time to load a
/// module.)
struct HandlerMap<Key: HandlerKey, Value>: Sendable where Key: Sendable, Value: Sendable {
    private var keys: [Key?]
    private var values: [Value?]
    private let shift: UInt64
    private let mask: Int

    init(_ entries: [(Key, Value)]) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * entries.count { bits += 1 }
        shift = 64 - bits
        mask = (1 << bits) - 1
        keys = Array(repeating: nil, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        for (key, value) in entries {
            var i = index(key)
            while let k = keys[i], k != key { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value
        }
    }

    private func index(_ key: Key) -> Int { Int(truncatingIfNeeded: (key.mixed &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    subscript(key: Key) -> Value? {
        var i = index(key)
        while let k = keys[i] {
            if k == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }
}

extension HandlerMap: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (Key, Value)...) { self.init(elements) }
}
