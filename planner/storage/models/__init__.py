"""Every table of AcuPlanner, on one declarative base (``Base.metadata``)."""

from planner.storage.base import Base
from planner.storage.models.appointments import Appointment
from planner.storage.models.clinic import AuditEvent, Clinic, ClinicRoom, User, UserRole
from planner.storage.models.courses import (
    Course,
    CourseReview,
    PlannedTechnique,
    PlanTemplate,
    PointPrescription,
    SafetyOverride,
)
from planner.storage.models.documents import ReceiptNumber, TakeHomeAdvice
from planner.storage.models.intake import (
    Allergy,
    Consent,
    HistoryCondition,
    Intake,
    Medication,
    OutcomeScore,
    PriorTreatmentRecord,
    RedFlagAnswer,
)
from planner.storage.models.patients import Patient
from planner.storage.models.room import RoomSession, RoomTimerRecord
from planner.storage.models.sessions import (
    AdverseEvent,
    Amendment,
    CuppingApplication,
    ElectroStimulation,
    MoxaApplication,
    SessionPayment,
    SessionPoint,
    TreatmentSession,
)

__all__ = [
    "AdverseEvent",
    "Allergy",
    "Amendment",
    "Appointment",
    "AuditEvent",
    "Base",
    "Clinic",
    "ClinicRoom",
    "Consent",
    "Course",
    "CourseReview",
    "CuppingApplication",
    "ElectroStimulation",
    "HistoryCondition",
    "Intake",
    "Medication",
    "MoxaApplication",
    "OutcomeScore",
    "Patient",
    "PlanTemplate",
    "PlannedTechnique",
    "PointPrescription",
    "PriorTreatmentRecord",
    "ReceiptNumber",
    "RedFlagAnswer",
    "RoomSession",
    "RoomTimerRecord",
    "SafetyOverride",
    "SessionPayment",
    "SessionPoint",
    "TakeHomeAdvice",
    "TreatmentSession",
    "User",
    "UserRole",
]
