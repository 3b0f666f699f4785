import Layers
import Placement

/// A placed incident and its distances to the relief points: what every output of an incident is
/// made from (the placement document, the map layers, batch rows).
public struct PlacedIncident: Sendable {
    /// The placement and the relief distances measured from it.
    public var relief: ReliefReport

    /// A placed incident from its relief report (which holds the placement).
    public init(relief: ReliefReport) {
        self.relief = relief
    }

    /// Where the incident is placed.
    public var placement: Placement { relief.placement }

    /// What the incident layers are drawn from.
    public var layerInput: IncidentLayerInput { IncidentLayerInput(placement: placement, relief: relief) }
}
