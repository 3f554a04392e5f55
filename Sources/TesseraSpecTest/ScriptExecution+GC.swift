import TesseraText

// A directive skipped because it needed GC can leave its instance in a state the rest of the script
// relies on: `(invoke "init")` that fills a table with structs, say. Later directives on that instance
// then fail for want of GC, not because of a bug. In a GC file, such a failure is reported as skipped
// (naming the directive that was skipped); a later directive that passes still counts as passed.

extension ScriptExecution {
    /// The instance an action-based directive runs on (nil: not an action, or no live instance).
    func actionTarget(_ kind: WastDirectiveKind) -> InstanceHandle? {
        let action: WastAction
        switch kind {
        case .action(let a), .assertReturn(let a, _), .assertTrap(let a, _), .assertExhaustion(let a, _),
             .assertException(let a):
            action = a
        default:
            return nil
        }
        let name: String?
        switch action {
        case .invoke(let module, _, _), .get(let module, _): name = module
        }
        if case .success(let handle) = resolveInstance(name) { return handle }
        return nil
    }

    /// Applies the GC-state rule to a directive's status: records instances whose state missed a
    /// skipped GC directive, and turns later failures on them into skips (GC files only).
    mutating func applyGCState(_ status: DirectiveOutcome.Status, kind: WastDirectiveKind, line: Int)
        -> DirectiveOutcome.Status
    {
        guard skips.policy == .gcOnly, skips.gcFile, let target = actionTarget(kind) else { return status }
        switch status {
        case .skipped(let reason) where reason.hasPrefix(RuntimeSpecEngine.gcUnsupportedPrefix):
            if gcIncompleteInstances[target] == nil { gcIncompleteInstances[target] = line }
            return status
        case .failed(_, let got):
            guard let skippedLine = gcIncompleteInstances[target] else { return status }
            return .skipped(reason: "\(RuntimeSpecEngine.gcUnsupportedPrefix): the instance's state depends on "
                                + "the GC directive skipped at line \(skippedLine) (\(got))")
        default:
            return status
        }
    }
}
