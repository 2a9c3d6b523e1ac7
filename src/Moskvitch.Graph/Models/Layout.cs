namespace Moskvitch.Graph.Models;

public enum Layout { FrontEngineRearDrive, FrontEngineFrontDrive, RearEngineRearDrive, FrontWheelDrive, RearWheelDrive }
