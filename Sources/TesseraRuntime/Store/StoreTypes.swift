public import TesseraTypes
import TesseraValidation

/// A store-wide type identity: structural for plain function types (so host functions match), canonical
/// (iso-recursive) for everything else.
enum TypeKey: Hashable {
    case function(FunctionType)
    case canonical(CanonicalType)

    init(_ canonical: CanonicalType) {
        let group = canonical.group
        if group.types.count == 1, group.externals.isEmpty, case let sub = group.types[0], sub.isFinal,
           sub.supertypes.isEmpty, case .function(let f) = sub.composite,
           !(f.parameters + f.results).contains(where: Self.hasConcreteReference) {
            self = .function(f)
        } else {
            self = .canonical(canonical)
        }
    }

    static func hasConcreteReference(_ type: ValueType) -> Bool {
        if case .ref(let r) = type, case .concrete = r.heapType { return true }
        return false
    }
}

/// A host function's definition: its type and body.
public struct HostFunction {
    public var type: FunctionType
    public var body: (Caller, [Value]) throws -> [Value]

    public init(type: FunctionType, _ body: @escaping (Caller, [Value]) throws -> [Value]) {
        self.type = type
        self.body = body
    }
}
