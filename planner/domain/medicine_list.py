"""The risk medicines AcuPlanner recognises: their classes, WHO ATC codes and names.

The formulary behind :mod:`planner.domain.medications` (which finds these names in the
patient's medication lines): blood thinners (anticoagulants and antiplatelets, reference
§5) and the other risk classes the safety engine acts on (corticosteroids,
immunosuppressants, diabetes medicines, antiepileptics; §4, §6). NSAIDs such as ibuprofen
or naproxen are not listed: the reference names anticoagulants and antiplatelets only, and
the WHO ATC system files them under M01A, not B01A.

Every entry names its WHO ATC code (WHO Collaborating Centre for Drug Statistics
Methodology, ATC/DDD Index), at the fifth level where the substance has one code in the
group, or at the group level where the group was reorganised between editions (L04A) or
the entry covers several substances (insulins, combinations). Brand names are those of
the national product information in the UK, EU member states, the US, Canada, Australia
and Switzerland, checked against the formularies: BNF (UK: Clexane, Fragmin, Disprin,
Nu-Seals, Brilique), Vidal (France: Previscan, Sintrom, Coumadine, Calciparine,
Fraxiparine, Kardégic), Rote Liste (Germany: Marcumar, Falithrom, Iscover, ASS,
Godamed), Compendium.ch (Switzerland: Marcoumar, Sintrom, Fraxiparine, Tiatral, Alcacyl),
the EMA's product information for centrally authorised medicines (DuoPlavin, Efient,
Brilique, Xarelto, Eliquis, Lixiana, Pradaxa, Inhixa) and DailyMed (US: Ecotrin,
Coumadin, Jantoven, Effient, Brilinta).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class BloodThinnerKind(StrEnum):
    ANTICOAGULANT = "anticoagulant"
    ANTIPLATELET = "antiplatelet"


class MedicineClass(StrEnum):
    """Risk classes the safety engine can act on (reference §5, §6)."""

    ANTICOAGULANT = "anticoagulant"  # ATC B01AA, B01AB, B01AE, B01AF, B01AX05
    ANTIPLATELET = "antiplatelet"  # ATC B01AC
    CORTICOSTEROID = "corticosteroid"  # ATC H02AB, systemic glucocorticoids
    IMMUNOSUPPRESSANT = "immunosuppressant"  # ATC L04A
    DIABETES = "diabetes medicine"  # ATC A10: insulins A10A, others A10B
    ANTIEPILEPTIC = "antiepileptic"  # ATC N03A


@dataclass(frozen=True, slots=True)
class BloodThinner:
    generic: str
    kind: BloodThinnerKind
    names: tuple[str, ...]  # generic first, then brands
    atc: str = "B01A"

    @property
    def medicine_class(self) -> MedicineClass:
        return MedicineClass(self.kind.value)


@dataclass(frozen=True, slots=True)
class RiskMedicine:
    """A medicine of a risk class other than blood thinners."""

    generic: str
    medicine_class: MedicineClass
    atc: str
    names: tuple[str, ...]  # generic first, then brands


_A, _P = BloodThinnerKind.ANTICOAGULANT, BloodThinnerKind.ANTIPLATELET
BLOOD_THINNERS: tuple[BloodThinner, ...] = (
    # B01AA vitamin K antagonists
    BloodThinner(
        "warfarin", _A, ("warfarin", "coumadin", "coumadine", "jantoven", "marevan"), "B01AA03"
    ),
    BloodThinner("phenindione", _A, ("phenindione", "dindevan"), "B01AA02"),
    BloodThinner(
        "phenprocoumon", _A, ("phenprocoumon", "marcumar", "marcoumar", "falithrom"), "B01AA04"
    ),
    BloodThinner(
        "acenocoumarol", _A, ("acenocoumarol", "sintrom", "sinthrome", "mini-sintrom"), "B01AA07"
    ),
    BloodThinner("fluindione", _A, ("fluindione", "previscan"), "B01AA12"),
    # B01AB heparin group, including the low-molecular-weight heparins
    BloodThinner(
        "heparin", _A, ("heparin", "heparine", "liquemin", "liquemine", "calciparine"), "B01AB01"
    ),
    BloodThinner("dalteparin", _A, ("dalteparin", "fragmin"), "B01AB04"),
    BloodThinner(
        "enoxaparin",
        _A,
        ("enoxaparin", "enoxaparine", "lovenox", "clexane", "klexane", "inhixa", "crusia"),
        "B01AB05",
    ),
    BloodThinner(
        "nadroparin", _A, ("nadroparin", "fraxiparine", "fraxiparin", "fraxodi"), "B01AB06"
    ),
    BloodThinner("parnaparin", _A, ("parnaparin", "fluxum"), "B01AB07"),
    BloodThinner("reviparin", _A, ("reviparin", "clivarin", "clivarine"), "B01AB08"),
    BloodThinner("danaparoid", _A, ("danaparoid", "orgaran"), "B01AB09"),
    BloodThinner("tinzaparin", _A, ("tinzaparin", "innohep"), "B01AB10"),
    BloodThinner("bemiparin", _A, ("bemiparin", "zibor"), "B01AB12"),
    BloodThinner("certoparin", _A, ("certoparin", "mono-embolex"), "B01AB13"),
    # B01AE direct thrombin inhibitors
    BloodThinner("desirudin", _A, ("desirudin", "revasc"), "B01AE01"),
    BloodThinner("argatroban", _A, ("argatroban", "argatra"), "B01AE03"),
    BloodThinner("bivalirudin", _A, ("bivalirudin", "angiox", "angiomax"), "B01AE06"),
    BloodThinner("dabigatran", _A, ("dabigatran", "pradaxa", "pradax", "prazaxa"), "B01AE07"),
    # B01AF direct factor Xa inhibitors
    BloodThinner("rivaroxaban", _A, ("rivaroxaban", "xarelto"), "B01AF01"),
    BloodThinner("apixaban", _A, ("apixaban", "eliquis"), "B01AF02"),
    BloodThinner("edoxaban", _A, ("edoxaban", "lixiana", "savaysa", "roteas"), "B01AF03"),
    BloodThinner("betrixaban", _A, ("betrixaban", "bevyxxa"), "B01AF04"),
    # B01AX other antithrombotic agents
    BloodThinner("fondaparinux", _A, ("fondaparinux", "arixtra"), "B01AX05"),
    # B01AC platelet aggregation inhibitors excluding heparin
    BloodThinner("clopidogrel", _P, ("clopidogrel", "plavix", "iscover", "grepid"), "B01AC04"),
    BloodThinner("ticlopidine", _P, ("ticlopidine", "ticlid"), "B01AC05"),
    BloodThinner(
        "aspirin",
        _P,
        (
            "aspirin",
            "acetylsalicylic acid",
            "acetylsalicylsäure",
            "lysine acetylsalicylate",
            "asa",
            "disprin",
            "ecotrin",
            "aspro",
            "cartia",
            "cardiprin",
            "astrix",
            "nu-seals",
            "caprin",
            "micropirin",
            "kardegic",
            "kardégic",
            "aspegic",
            "aspégic",
            "aspirine",
            "ass",  # German: Acetylsalicylsäure ("ASS 100", "Herz ASS")
            "godamed",
            "tiatral",
            "alcacyl",
        ),
        "B01AC06",  # also N02BA01 as an analgesic: the platelet effect is the same
    ),
    BloodThinner("dipyridamole", _P, ("dipyridamole", "persantin", "persantine"), "B01AC07"),
    BloodThinner("abciximab", _P, ("abciximab", "reopro"), "B01AC13"),
    BloodThinner("eptifibatide", _P, ("eptifibatide", "integrilin"), "B01AC16"),
    BloodThinner("tirofiban", _P, ("tirofiban", "aggrastat"), "B01AC17"),
    BloodThinner("triflusal", _P, ("triflusal", "disgren"), "B01AC18"),
    BloodThinner("prasugrel", _P, ("prasugrel", "effient", "efient"), "B01AC22"),
    BloodThinner("cilostazol", _P, ("cilostazol", "pletal"), "B01AC23"),
    BloodThinner("ticagrelor", _P, ("ticagrelor", "brilinta", "brilique", "possia"), "B01AC24"),
    BloodThinner("cangrelor", _P, ("cangrelor", "kengrexal", "kengreal"), "B01AC25"),
    BloodThinner("vorapaxar", _P, ("vorapaxar", "zontivity"), "B01AC26"),
    # B01AC combinations: clopidogrel with aspirin; aspirin with dipyridamole
    BloodThinner("clopidogrel with aspirin", _P, ("duoplavin", "duocover"), "B01AC30"),
    BloodThinner("aspirin with dipyridamole", _P, ("aggrenox", "asasantin"), "B01AC30"),
    # The class named without a drug ("on blood thinners"): counted as an anticoagulant,
    # the stronger of the two (B01A antithrombotic agents).
    BloodThinner(
        "blood thinner",
        _A,
        (
            "blood thinner",
            "blood thinners",
            "blood-thinner",
            "blood-thinners",
            "anticoagulant",
            "anticoagulants",
            "anticoagulation",
        ),
        "B01A",
    ),
    BloodThinner("antiplatelet", _P, ("antiplatelet", "antiplatelets"), "B01AC"),
)

_S = MedicineClass.CORTICOSTEROID
_I = MedicineClass.IMMUNOSUPPRESSANT
_D = MedicineClass.DIABETES
_E = MedicineClass.ANTIEPILEPTIC
RISK_MEDICINES: tuple[RiskMedicine, ...] = (
    # H02AB glucocorticoids for systemic use (reference §5 "high-dose steroids", §6
    # fracture and infection flags "long-term corticosteroids")
    RiskMedicine(
        "betamethasone", _S, "H02AB01", ("betamethasone", "celestone", "celestene", "betnesol")
    ),
    RiskMedicine(
        "dexamethasone", _S, "H02AB02", ("dexamethasone", "decadron", "fortecortin", "dexsol")
    ),
    RiskMedicine(
        "methylprednisolone",
        _S,
        "H02AB04",
        ("methylprednisolone", "medrol", "solu-medrol", "depo-medrol", "urbason", "solumedrol"),
    ),
    RiskMedicine(
        "prednisolone",
        _S,
        "H02AB06",
        ("prednisolone", "prednisolon", "solupred", "deltacortril", "pevanti", "dilacort"),
    ),
    RiskMedicine(
        "prednisone",
        _S,
        "H02AB07",
        ("prednisone", "prednison", "deltasone", "rayos", "lodotra", "decortin", "cortancyl"),
    ),
    RiskMedicine("triamcinolone", _S, "H02AB08", ("triamcinolone", "kenalog", "kenacort")),
    RiskMedicine("hydrocortisone", _S, "H02AB09", ("hydrocortisone", "cortef", "plenadren")),
    RiskMedicine("cortisone", _S, "H02AB10", ("cortisone",)),
    RiskMedicine("deflazacort", _S, "H02AB13", ("deflazacort", "calcort", "emflaza")),
    RiskMedicine("corticosteroid", _S, "H02AB", ("steroids", "corticosteroid", "corticosteroids")),
    # L04A immunosuppressants (reference §5 immunocompromise: transplant, biologics)
    RiskMedicine(
        "methotrexate",
        _I,
        "L04A",
        ("methotrexate", "metoject", "trexall", "otrexup", "jylamvo", "nordimet"),
    ),
    RiskMedicine("azathioprine", _I, "L04A", ("azathioprine", "imuran", "imurek", "azasan")),
    RiskMedicine(
        "mycophenolate", _I, "L04A", ("mycophenolate", "mycophenolic acid", "cellcept", "myfortic")
    ),
    RiskMedicine(
        "ciclosporin",
        _I,
        "L04A",
        (
            "ciclosporin",
            "cyclosporine",
            "cyclosporin",
            "neoral",
            "sandimmun",
            "sandimmune",
            "gengraf",
        ),
    ),
    RiskMedicine("tacrolimus", _I, "L04A", ("tacrolimus", "prograf", "advagraf", "envarsus")),
    RiskMedicine("sirolimus", _I, "L04A", ("sirolimus", "rapamune")),
    RiskMedicine("everolimus", _I, "L04A", ("everolimus", "certican", "zortress")),
    RiskMedicine("leflunomide", _I, "L04A", ("leflunomide", "arava")),
    RiskMedicine(
        "adalimumab",
        _I,
        "L04A",
        ("adalimumab", "humira", "amgevita", "hyrimoz", "imraldi", "idacio", "yuflyma"),
    ),
    RiskMedicine("etanercept", _I, "L04A", ("etanercept", "enbrel", "benepali", "erelzi")),
    RiskMedicine(
        "infliximab", _I, "L04A", ("infliximab", "remicade", "inflectra", "remsima", "flixabi")
    ),
    RiskMedicine("certolizumab", _I, "L04A", ("certolizumab", "cimzia")),
    RiskMedicine("golimumab", _I, "L04A", ("golimumab", "simponi")),
    RiskMedicine("tocilizumab", _I, "L04A", ("tocilizumab", "actemra", "roactemra")),
    RiskMedicine("abatacept", _I, "L04A", ("abatacept", "orencia")),
    RiskMedicine("anakinra", _I, "L04A", ("anakinra", "kineret")),
    RiskMedicine("secukinumab", _I, "L04A", ("secukinumab", "cosentyx")),
    RiskMedicine("ixekizumab", _I, "L04A", ("ixekizumab", "taltz")),
    RiskMedicine("ustekinumab", _I, "L04A", ("ustekinumab", "stelara")),
    RiskMedicine("vedolizumab", _I, "L04A", ("vedolizumab", "entyvio")),
    RiskMedicine("natalizumab", _I, "L04A", ("natalizumab", "tysabri")),
    RiskMedicine("ocrelizumab", _I, "L04A", ("ocrelizumab", "ocrevus")),
    RiskMedicine("fingolimod", _I, "L04A", ("fingolimod", "gilenya")),
    RiskMedicine("tofacitinib", _I, "L04A", ("tofacitinib", "xeljanz")),
    RiskMedicine("baricitinib", _I, "L04A", ("baricitinib", "olumiant")),
    RiskMedicine("upadacitinib", _I, "L04A", ("upadacitinib", "rinvoq")),
    RiskMedicine("immunosuppressant", _I, "L04A", ("immunosuppressant", "immunosuppressants")),
    # A10A insulins and analogues (reference §5 diabetes: hypoglycaemia if fasting)
    RiskMedicine(
        "insulin",
        _D,
        "A10A",
        (
            "insulin",
            "insuline",
            "lantus",
            "toujeo",
            "abasaglar",
            "basaglar",
            "semglee",
            "levemir",
            "tresiba",
            "novorapid",
            "novolog",
            "fiasp",
            "humalog",
            "admelog",
            "lyumjev",
            "apidra",
            "humulin",
            "novolin",
            "actrapid",
            "insulatard",
            "insuman",
            "novomix",
            "ryzodeg",
            "xultophy",
        ),
    ),
    # A10B blood glucose lowering drugs excluding insulins
    RiskMedicine(
        "metformin",
        _D,
        "A10BA02",
        ("metformin", "glucophage", "glumetza", "fortamet", "riomet", "diabex"),
    ),
    RiskMedicine(
        "glibenclamide",
        _D,
        "A10BB01",
        ("glibenclamide", "glyburide", "daonil", "euglucon", "diabeta"),
    ),
    RiskMedicine("glipizide", _D, "A10BB07", ("glipizide", "glucotrol", "minidiab")),
    RiskMedicine("gliclazide", _D, "A10BB09", ("gliclazide", "diamicron")),
    RiskMedicine("glimepiride", _D, "A10BB12", ("glimepiride", "amaryl")),
    RiskMedicine(
        "metformin combination",
        _D,
        "A10BD",
        ("janumet", "eucreas", "synjardy", "xigduo", "jentadueto", "vokanamet"),
    ),
    RiskMedicine("acarbose", _D, "A10BF01", ("acarbose", "glucobay", "precose")),
    RiskMedicine("pioglitazone", _D, "A10BG03", ("pioglitazone", "actos")),
    RiskMedicine("sitagliptin", _D, "A10BH01", ("sitagliptin", "januvia", "xelevia")),
    RiskMedicine("vildagliptin", _D, "A10BH02", ("vildagliptin", "galvus")),
    RiskMedicine("saxagliptin", _D, "A10BH03", ("saxagliptin", "onglyza")),
    RiskMedicine("alogliptin", _D, "A10BH04", ("alogliptin", "vipidia", "nesina")),
    RiskMedicine("linagliptin", _D, "A10BH05", ("linagliptin", "trajenta", "tradjenta")),
    RiskMedicine("exenatide", _D, "A10BJ01", ("exenatide", "byetta", "bydureon")),
    RiskMedicine("liraglutide", _D, "A10BJ02", ("liraglutide", "victoza", "saxenda")),
    RiskMedicine("lixisenatide", _D, "A10BJ03", ("lixisenatide", "lyxumia")),
    RiskMedicine("dulaglutide", _D, "A10BJ05", ("dulaglutide", "trulicity")),
    RiskMedicine("semaglutide", _D, "A10BJ06", ("semaglutide", "ozempic", "rybelsus", "wegovy")),
    RiskMedicine("dapagliflozin", _D, "A10BK01", ("dapagliflozin", "forxiga", "farxiga")),
    RiskMedicine("canagliflozin", _D, "A10BK02", ("canagliflozin", "invokana")),
    RiskMedicine("empagliflozin", _D, "A10BK03", ("empagliflozin", "jardiance")),
    RiskMedicine("ertugliflozin", _D, "A10BK04", ("ertugliflozin", "steglatro")),
    RiskMedicine("repaglinide", _D, "A10BX02", ("repaglinide", "novonorm", "prandin")),
    RiskMedicine("tirzepatide", _D, "A10B", ("tirzepatide", "mounjaro", "zepbound")),
    # N03A antiepileptics. Gabapentin and pregabalin (N03AX12, N03AX16) are often given for
    # sciatica; they are listed because the ATC group holds them.
    RiskMedicine("phenobarbital", _E, "N03AA02", ("phenobarbital", "phenobarbitone")),
    RiskMedicine("primidone", _E, "N03AA03", ("primidone", "mysoline")),
    RiskMedicine("phenytoin", _E, "N03AB02", ("phenytoin", "dilantin", "epanutin", "phenhydan")),
    RiskMedicine("ethosuximide", _E, "N03AD01", ("ethosuximide", "zarontin")),
    RiskMedicine("clonazepam", _E, "N03AE01", ("clonazepam", "rivotril", "klonopin")),
    RiskMedicine(
        "carbamazepine", _E, "N03AF01", ("carbamazepine", "tegretol", "tegretal", "carbagen")
    ),
    RiskMedicine("oxcarbazepine", _E, "N03AF02", ("oxcarbazepine", "trileptal")),
    RiskMedicine("eslicarbazepine", _E, "N03AF04", ("eslicarbazepine", "zebinix", "aptiom")),
    RiskMedicine(
        "valproate",
        _E,
        "N03AG01",
        (
            "valproate",
            "valproic acid",
            "sodium valproate",
            "depakine",
            "depakote",
            "epilim",
            "epival",
            "convulex",
            "orfiril",
        ),
    ),
    RiskMedicine("vigabatrin", _E, "N03AG04", ("vigabatrin", "sabril")),
    RiskMedicine("lamotrigine", _E, "N03AX09", ("lamotrigine", "lamictal")),
    RiskMedicine("topiramate", _E, "N03AX11", ("topiramate", "topamax")),
    RiskMedicine("gabapentin", _E, "N03AX12", ("gabapentin", "neurontin")),
    RiskMedicine("levetiracetam", _E, "N03AX14", ("levetiracetam", "keppra")),
    RiskMedicine("zonisamide", _E, "N03AX15", ("zonisamide", "zonegran")),
    RiskMedicine("pregabalin", _E, "N03AX16", ("pregabalin", "lyrica")),
    RiskMedicine("lacosamide", _E, "N03AX18", ("lacosamide", "vimpat")),
    RiskMedicine("perampanel", _E, "N03AX22", ("perampanel", "fycompa")),
    RiskMedicine("brivaracetam", _E, "N03AX23", ("brivaracetam", "briviact")),
    RiskMedicine("cenobamate", _E, "N03AX25", ("cenobamate", "ontozry", "xcopri")),
    RiskMedicine(
        "antiepileptic",
        _E,
        "N03A",
        ("antiepileptic", "antiepileptics", "anticonvulsant", "anticonvulsants"),
    ),
)
