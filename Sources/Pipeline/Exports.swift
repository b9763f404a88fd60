@_exported import PlanModel
@_exported import Ingest
@_exported import Normalize

/// Alias so command files need not import PlanModel by name.
public typealias PlanModelPlan = Plan
