#!/usr/bin/env python3
"""Write src/model/ssm.json: the in-scope slice of the AWS SSM service model.

Keeps facts only (operation names, shapes, members, types, enums, limits, paginators,
waiters); drops documentation prose. Run it when an operation is added to OPERATIONS:
    python3 scripts/trim-model.py [path/to/aws-ssm-model]
"""
import json, os, sys

OPERATIONS = [
    # Documents
    "CreateDocument", "GetDocument", "DescribeDocument", "ListDocuments", "UpdateDocument",
    "DeleteDocument", "ListDocumentVersions", "UpdateDocumentDefaultVersion",
    # Tags
    "AddTagsToResource", "RemoveTagsFromResource", "ListTagsForResource",
    # Run Command and the fleet
    "SendCommand", "ListCommands", "ListCommandInvocations", "GetCommandInvocation", "CancelCommand",
    "DescribeInstanceInformation",
    # State Manager
    "CreateAssociation", "CreateAssociationBatch", "DescribeAssociation", "ListAssociations",
    "UpdateAssociation", "DeleteAssociation", "ListAssociationVersions", "StartAssociationsOnce",
    "DescribeAssociationExecutions", "DescribeAssociationExecutionTargets",
    "DescribeInstanceAssociationsStatus", "DescribeEffectiveInstanceAssociations", "UpdateAssociationStatus",
    # Compliance
    "PutComplianceItems", "ListComplianceItems", "ListComplianceSummaries", "ListResourceComplianceSummaries",
    # Parameter Store
    "PutParameter", "GetParameter", "GetParameters", "GetParametersByPath", "DescribeParameters",
    "DeleteParameter", "DeleteParameters", "GetParameterHistory", "LabelParameterVersion",
    "UnlabelParameterVersion",
    # Inventory
    "PutInventory", "ListInventoryEntries", "DeleteInventory", "DescribeInventoryDeletions",
    "GetInventorySchema", "GetInventory",
    # Patch Manager: results
    "DescribeInstancePatchStates", "DescribeInstancePatchStatesForPatchGroup", "DescribeInstancePatches",
    "DescribePatchGroupState", "DescribePatchProperties", "DescribeEffectivePatchesForPatchBaseline",
    # Patch Manager
    "CreatePatchBaseline", "GetPatchBaseline", "UpdatePatchBaseline", "DeletePatchBaseline",
    "DescribePatchBaselines", "RegisterDefaultPatchBaseline", "GetDefaultPatchBaseline",
    "RegisterPatchBaselineForPatchGroup", "DeregisterPatchBaselineForPatchGroup",
    "GetPatchBaselineForPatchGroup", "DescribePatchGroups",
    # Automation
    "StartAutomationExecution", "GetAutomationExecution", "DescribeAutomationExecutions",
    "DescribeAutomationStepExecutions", "SendAutomationSignal", "StopAutomationExecution",
    # Maintenance Windows: windows, targets, tasks
    "CreateMaintenanceWindow", "UpdateMaintenanceWindow", "GetMaintenanceWindow", "DeleteMaintenanceWindow",
    "DescribeMaintenanceWindows", "DescribeMaintenanceWindowSchedule", "DescribeMaintenanceWindowsForTarget",
    "RegisterTargetWithMaintenanceWindow", "DescribeMaintenanceWindowTargets", "UpdateMaintenanceWindowTarget",
    "DeregisterTargetFromMaintenanceWindow",
    "RegisterTaskWithMaintenanceWindow", "DescribeMaintenanceWindowTasks", "GetMaintenanceWindowTask",
    "UpdateMaintenanceWindowTask", "DeregisterTaskFromMaintenanceWindow",
    # Maintenance Windows: executions
    "DescribeMaintenanceWindowExecutions", "GetMaintenanceWindowExecution",
    "DescribeMaintenanceWindowExecutionTasks", "GetMaintenanceWindowExecutionTask",
    "DescribeMaintenanceWindowExecutionTaskInvocations", "GetMaintenanceWindowExecutionTaskInvocation",
    "CancelMaintenanceWindowExecution",
    # Session Manager
    "StartSession", "TerminateSession", "DescribeSessions", "ResumeSession",
]

# Instance ids here are inventory ids (any `web-1`, `node-001`, `i-0abc…`), not EC2's
# `i-`/`mi-` forms: the model's pattern is dropped for them.
DROP_PATTERN = ["InstanceId"]

# Input members that need AWS services (S3 attachments, cross-account sharing, change
# management) and have no local meaning: left out of the surface, listed in the README.
EXCLUDED_INPUT = {
    "CreateDocument": ["Attachments", "Requires"],
    "UpdateDocument": ["Attachments"],
}

KEEP_KEYS = {"type", "members", "required", "member", "key", "value", "enum", "min", "max",
             "pattern", "shape", "exception", "error", "flattened", "deprecated"}

def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "..", "shared", "reference", "aws-ssm-model")
    model = json.load(open(os.path.join(src, "service-2.json")))
    pages = json.load(open(os.path.join(src, "paginators-1.json")))["pagination"]
    waiters = json.load(open(os.path.join(src, "waiters-2.json")))["waiters"]
    shapes = model["shapes"]
    out_shapes, ops = {}, {}

    def keep(name):
        if name in out_shapes:
            return
        s = shapes[name]
        t = {k: v for k, v in s.items() if k in KEEP_KEYS}
        out_shapes[name] = t
        if "members" in t:
            t["members"] = {m: {k: v for k, v in d.items() if k in ("shape", "deprecated")}
                            for m, d in t["members"].items()}
            for d in t["members"].values():
                keep(d["shape"])
        for k in ("member", "key", "value"):
            if k in t:
                t[k] = {"shape": t[k]["shape"]}
                keep(t[k]["shape"])

    for name in DROP_PATTERN:
        shapes[name].pop("pattern", None)
    for op in OPERATIONS:
        o = model["operations"][op]
        inp = o["input"]["shape"]
        excluded = EXCLUDED_INPUT.get(op, [])
        if excluded:
            # A per-operation copy so that the shared shape keeps its other uses intact.
            s = json.loads(json.dumps(shapes[inp]))
            for m in excluded:
                s["members"].pop(m)
            s["required"] = [r for r in s.get("required", []) if r not in excluded]
            shapes[inp] = s
        keep(inp)
        keep(o["output"]["shape"])
        errs = [e["shape"] for e in o.get("errors", [])]
        for e in errs:
            keep(e)
        ops[op] = {"input": inp, "output": o["output"]["shape"], "errors": errs}
        if op in pages:
            p = pages[op]
            ops[op]["paginator"] = {k: p[k] for k in ("input_token", "output_token", "limit_key", "result_key")}
    ws = {n: w for n, w in waiters.items() if w["operation"] in ops}
    out = {"operations": ops, "shapes": dict(sorted(out_shapes.items())), "waiters": ws}
    dst = os.path.join(os.path.dirname(__file__), "..", "src", "model", "ssm.json")
    with open(dst, "w") as f:
        json.dump(out, f, indent=1, sort_keys=False)
        f.write("\n")
    print(f"{len(ops)} operations, {len(out_shapes)} shapes -> {os.path.normpath(dst)}")

main()
