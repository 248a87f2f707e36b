"""Clinical free text for the demo clinic, in our own plain words.

Complaints, onsets, goals, medications, notes and the like: short, conservative, and
fictional. Nothing here is advice; it only makes the demo records read like real ones.
"""

from __future__ import annotations

from planner.demo.names import split_names
from planner.domain.vocab import (
    AcupunctureStyle,
    AdverseEventKind,
    Cause,
    Condition,
    DischargeReason,
    PainRegion,
)

OTHER_CAUSES = split_names("scoliosis, after childbirth, rugby injury, long-haul driving, unknown")
ONSET_TEXT = {
    Cause.MUSCLE_STRAIN: "Felt a pull while lifting boxes.",
    Cause.LIGAMENT_SPRAIN: "Twisted awkwardly while gardening.",
    Cause.HERNIATED_DISC: "Sudden pain bending forward; MRI showed a disc bulge.",
    Cause.DEGENERATIVE_DISC_DISEASE: "Gradual worsening over years; X-ray shows disc narrowing.",
    Cause.SPINAL_STENOSIS: "Leg heaviness when walking, eased by sitting.",
    Cause.SPONDYLOLISTHESIS: "Long-standing ache; imaging shows a slipped vertebra.",
    Cause.SPONDYLOSIS: "Stiffness for years, worse in the mornings.",
    Cause.FACET_SYNDROME: "Pain when leaning back or turning.",
    Cause.OSTEOARTHRITIS: "Aching joints including the spine.",
    Cause.POOR_POSTURE: "Builds up during the working day.",
    Cause.PROLONGED_SITTING: "Long hours at a desk and in the car.",
    Cause.OTHER: "Came on gradually.",
}
COMPLAINTS = {
    PainRegion.LOWER_BACK: "low back pain",
    PainRegion.UPPER_BACK: "pain between the shoulder blades",
    PainRegion.NECK: "neck pain and stiffness",
    PainRegion.SCIATICA: "pain down the {side} leg",
}
AGGRAVATING = split_names(
    "sitting > 30 minutes, bending, lifting, standing still, mornings, driving, "
    "looking down at a screen, cold weather, walking uphill"
)
RELIEVING = split_names("heat, walking, lying down, stretching, ibuprofen, a hot shower, massage")
SLEEP_IMPACT = split_names("none, wakes when turning, hard to get comfortable, wakes most nights")
WORK_IMPACT = split_names(
    "none, reduced hours, avoids lifting at work, off work for a week, works from home"
)
GOALS = split_names(
    "Play with my grandchildren without pain, Get back to running, Sit through a working day, "
    "Sleep through the night, Garden again, Drive to see family without stopping, "
    "Lift my toddler, Go back to yoga, Walk the dog for an hour"
)
GOAL_ACTIVITIES = split_names("walking, gardening, running, cycling, swimming, lifting, desk work")
TONGUES = split_names("pale with a thin white coat, purple with dark spots, red with little coat")
PULSES = split_names("wiry, deep and weak, choppy, slippery, thin")
# The patterns the plan templates are written for (a course suggests their template), as
# practitioners write them, and one with no template.
PATTERNS = split_names(
    "Qi and Blood stagnation, Kidney Yang deficiency, Cold-Damp obstruction, "
    "Kidney Yin deficiency, Damp-heat, Liver Qi stagnation"
)
MEDICATIONS = split_names(
    "Ibuprofen 400 mg as needed, Paracetamol 1 g as needed, Naproxen 500 mg twice daily, "
    "Amitriptyline 10 mg at night, Levothyroxine 50 µg daily, Atorvastatin 20 mg daily, "
    "Omeprazole 20 mg daily, Sertraline 50 mg daily, Gabapentin 300 mg three times daily, "
    "Co-codamol 8/500 as needed"
)
CONDITION_MEDICATIONS = {
    Condition.DIABETES: "Metformin 500 mg twice daily",
    Condition.ANTICOAGULANT_THERAPY: "Apixaban 5 mg twice daily",
    Condition.EPILEPSY: "Lamotrigine 100 mg twice daily",
}
OTHER_ALLERGIES = split_names("Penicillin, Latex, Adhesive plasters, Codeine")
PRIOR_OUTCOMES = split_names("helped a little, no change, helped for a few days, made it worse")
REFER_ELSEWHERE = split_names("Physiotherapy, GP review, Orthopaedic spine clinic, Pain clinic")
EXTENSION_REASONS = (
    "Good response so far; pain still above goal.",
    "Flare-up after a long drive mid-course.",
    "Improving steadily; patient wants to reach the walking goal.",
)
SESSION_NOTES = (
    "Patient reports better sleep.",
    "Tender at L4–L5 paraspinals.",
    "Stiffness eased after the session.",
    "Advised gentle walking daily.",
    "Aching after the last session settled within a day.",
    "Turning the head is easier.",
    "Less pain getting out of the car.",
)
HISTORY_CHANGES = ("Started physiotherapy exercises.", "Stopped taking ibuprofen.")
RATIONALES = {
    AcupunctureStyle.TCM: "Local points to move Qi and Blood in the affected channels, "
    "distal points on the Bladder and Gall Bladder channels.",
    AcupunctureStyle.WESTERN_MEDICAL: "Segmental needling of tender paraspinal muscles "
    "with distal points for descending pain inhibition.",
    AcupunctureStyle.JAPANESE: "Shallow needling of palpated reactive points.",
    AcupunctureStyle.KOREAN: "Local points with distal balance points.",
    AcupunctureStyle.FIVE_ELEMENT: "Constitutional treatment with local back points.",
}
DISCHARGE_TEXT = {
    DischargeReason.GOALS_MET: "Goals met; pain down to target.",
    DischargeReason.PLATEAU: "Improvement has levelled off.",
    DischargeReason.PATIENT_CHOICE: "Patient chose to stop.",
}
ADVERSE_DESCRIPTIONS = {  # what happened, in the patient's or practitioner's words
    AdverseEventKind.SORENESS: "Ached where the needles were, into the next day.",
    AdverseEventKind.BRUISING: "Small bruise at one needle site.",
    AdverseEventKind.BLEEDING: "A drop of blood after a needle came out.",
    AdverseEventKind.FATIGUE: "Felt tired for the rest of the day.",
    AdverseEventKind.DIZZINESS: "Light-headed on sitting up after the session.",
    AdverseEventKind.AGGRAVATION: "Back pain a little worse for a day, then eased.",
    AdverseEventKind.MUSCLE_TWITCHING: "Muscle twitched strongly around a needle.",
    AdverseEventKind.NAUSEA: "Felt queasy towards the end of the session.",
    AdverseEventKind.FAINTING: "Went pale and fainted briefly on the couch.",
    AdverseEventKind.STUCK_NEEDLE: "A needle was hard to withdraw.",
    AdverseEventKind.BENT_NEEDLE: "A needle bent when the patient moved.",
    AdverseEventKind.CUPPING_MARKS: "Round marks where the cups had been.",
}
