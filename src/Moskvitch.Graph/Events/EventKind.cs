namespace Moskvitch.Graph.Events;

public enum EventKind
{
    Founding, Rename, FirstCar, Milestone, Evacuation, Reconstruction, PowerCut, Bankruptcy, Sale, Relaunch, Award,
    Launch, Certification, Announcement, Agreement, Prototype, ProductionStart, ProductionHalt, Decision, Approval,
    Reorganisation, Relocation, Acquisition, Closure, Suspension, Presentation, Sanctions, Film,
}
