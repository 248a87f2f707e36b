<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>AcuPlanner</source>
            <translation>AcuPlanner</translation>
        </message>
        <message>
            <source>{count} libraries</source>
            <translation>{count} bibliothèques</translation>
        </message>
        <message>
            <source>{count} font families</source>
            <translation>{count} familles de polices</translation>
        </message>
        <message>
            <source>Help ▸ Licences and notices… lists each library and font with its licence.</source>
            <translation>Aide ▸ Licences et avis… présente chaque bibliothèque et police avec sa licence.</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Licences</translation>
        </message>
        <message>
            <source>About AcuPlanner</source>
            <translation>À propos d'AcuPlanner</translation>
        </message>
        <message>
            <source>Licences and notices</source>
            <translation>Licences et avis</translation>
        </message>
        <message>
            <source>AcuPlanner, its libraries and fonts</source>
            <translation>AcuPlanner, ses bibliothèques et ses polices</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>{family} (font)</source>
            <translation>{family} (police)</translation>
        </message>
        <message>
            <source>{name} (this application)</source>
            <translation>{name} (cette application)</translation>
        </message>
        <message>
            <source>Full licence texts</source>
            <translation>Textes complets des licences</translation>
        </message>
        <message>
            <source>Full &amp;texts:</source>
            <translation>&amp;Textes complets :</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>AdjunctEditor</name>
        <message>
            <source>Point codes or areas, separated by commas</source>
            <translation>Codes des points ou zones, séparés par des virgules</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Adjunct</source>
            <translation>Technique complémentaire</translation>
        </message>
        <message>
            <source>{what} type</source>
            <translation>{what} : type</translation>
        </message>
        <message>
            <source>{what} sites</source>
            <translation>{what} : sites</translation>
        </message>
        <message>
            <source>{what} minutes</source>
            <translation>{what} : minutes</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventRow</name>
        <message>
            <source>What happened (needed for “Other”)</source>
            <translation>Ce qui s'est passé (requis pour « Autre »)</translation>
        </message>
        <message>
            <source>Remove this event</source>
            <translation>Retirer cet événement</translation>
        </message>
        <message>
            <source>Adverse event {n}</source>
            <translation>Événement indésirable {n}</translation>
        </message>
        <message>
            <source>Severity of adverse event {n}</source>
            <translation>Gravité de l'événement indésirable {n}</translation>
        </message>
        <message>
            <source>Action taken for adverse event {n}</source>
            <translation>Mesure prise pour l'événement indésirable {n}</translation>
        </message>
        <message>
            <source>What happened in adverse event {n}</source>
            <translation>Ce qui s'est passé lors de l'événement indésirable {n}</translation>
        </message>
        <message>
            <source>Remove adverse event {n}</source>
            <translation>Retirer l'événement indésirable {n}</translation>
        </message>
        <message>
            <source>Action taken — {advice}</source>
            <translation>Mesure prise — {advice}</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Mesure prise</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventsEditor</name>
        <message>
            <source>Add adverse e&amp;vent</source>
            <translation>Ajouter un é&amp;vénement indésirable</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Aucun consigné.</translation>
        </message>
    </context>
    <context>
        <name>AdviceBox</name>
        <message>
            <source>Home advice on this sheet</source>
            <translation>Conseils à domicile sur cette fiche</translation>
        </message>
        <message>
            <source>Heat advised</source>
            <translation>Chaleur conseillée</translation>
        </message>
        <message>
            <source>A line of your own, e.g. walk 20 minutes a day</source>
            <translation>Une ligne de votre choix, p. ex. marcher 20 minutes par jour</translation>
        </message>
        <message>
            <source>Your own advice</source>
            <translation>Vos propres conseils</translation>
        </message>
        <message>
            <source>Save &amp;advice</source>
            <translation>Enregistrer les &amp;conseils</translation>
        </message>
        <message>
            <source>Core exercises</source>
            <translation>Exercices de gainage</translation>
        </message>
        <message>
            <source>Flexibility</source>
            <translation>Souplesse</translation>
        </message>
        <message>
            <source>Sitting posture</source>
            <translation>Posture assise</translation>
        </message>
        <message>
            <source>Pillow and mattress</source>
            <translation>Oreiller et matelas</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>Relaxation</translation>
        </message>
        <message>
            <source>Foam rolling, stretching</source>
            <translation>Rouleau de massage, étirements</translation>
        </message>
        <message>
            <source>Breaks from sitting</source>
            <translation>Pauses pour se lever</translation>
        </message>
        <message>
            <source>As ticked at session {n}; save to keep it for this session too.</source>
            <translation>Cochés à la séance {n}; enregistrez pour les conserver aussi pour cette séance.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentPanel</name>
        <message>
            <source>Selected appointment</source>
            <translation>Rendez-vous sélectionné</translation>
        </message>
        <message>
            <source>Open &amp;session</source>
            <translation>Ouvrir la &amp;séance</translation>
        </message>
        <message>
            <source>Today's session of the patient's course</source>
            <translation>Séance du jour de la série de traitements du patient</translation>
        </message>
        <message>
            <source>Open &amp;patient</source>
            <translation>Ouvrir le dossier du &amp;patient</translation>
        </message>
        <message>
            <source>&amp;Check in</source>
            <translation>Enregistrer l'&amp;arrivée</translation>
        </message>
        <message>
            <source>&amp;Move...</source>
            <translation>&amp;Déplacer...</translation>
        </message>
        <message>
            <source>Cance&amp;l...</source>
            <translation>Ann&amp;uler...</translation>
        </message>
        <message>
            <source>Did &amp;not attend</source>
            <translation>&amp;Ne s'est pas présenté</translation>
        </message>
        <message>
            <source>Take pa&amp;yment...</source>
            <translation>&amp;Encaisser le paiement...</translation>
        </message>
        <message>
            <source>Rece&amp;ipt...</source>
            <translation>&amp;Reçu...</translation>
        </message>
        <message>
            <source>New &amp;booking here...</source>
            <translation>Nouveau rendez-vous &amp;ici...</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Aucune sélection</translation>
        </message>
        <message>
            <source>Choose an appointment or a free time in the book.</source>
            <translation>Choisissez un rendez-vous ou une plage libre dans l'agenda.</translation>
        </message>
        <message>
            <source>Free time</source>
            <translation>Plage libre</translation>
        </message>
        <message>
            <source>Double-click to open the patient</source>
            <translation>Double-cliquez pour ouvrir le dossier du patient</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail — AcuPlanner</source>
            <translation>Journal d'audit — AcuPlanner</translation>
        </message>
        <message>
            <source>any patient — or type a chart no.</source>
            <translation>tout patient — ou tapez un n° de dossier</translation>
        </message>
        <message>
            <source>Patient chart number</source>
            <translation>Numéro de dossier du patient</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Any user</source>
            <translation>Tout utilisateur</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Toute action</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <source>Patient (chart no.)</source>
            <translation>Patient (n° de dossier)</translation>
        </message>
        <message>
            <source>Audit trail entries</source>
            <translation>Entrées du journal d'audit</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>The newest {n} rows; narrow the filters to see older ones.</source>
            <translation>Les {n} lignes les plus récentes; affinez les filtres pour voir les plus anciennes.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s).</source>
            <translation>
                <numerusform>%n ligne.</numerusform>
                <numerusform>%n lignes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Chart no.</source>
            <translation>N° de dossier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
    </context>
    <context>
        <name>BodyOutline</name>
        <message>
            <source>Arm and hand, left</source>
            <translation>Bras et main, gauche</translation>
        </message>
        <message>
            <source>Arm and hand, right</source>
            <translation>Bras et main, droite</translation>
        </message>
        <message>
            <source>Neck and upper back</source>
            <translation>Cou et haut du dos</translation>
        </message>
        <message>
            <source>Lower back, left</source>
            <translation>Bas du dos, gauche</translation>
        </message>
        <message>
            <source>Lower back, right</source>
            <translation>Bas du dos, droite</translation>
        </message>
        <message>
            <source>Sacrum and buttock, left</source>
            <translation>Sacrum et fesse, gauche</translation>
        </message>
        <message>
            <source>Sacrum and buttock, right</source>
            <translation>Sacrum et fesse, droite</translation>
        </message>
        <message>
            <source>Back of the leg, left</source>
            <translation>Arrière de la jambe, gauche</translation>
        </message>
        <message>
            <source>Back of the leg, right</source>
            <translation>Arrière de la jambe, droite</translation>
        </message>
        <message>
            <source>Foot, left</source>
            <translation>Pied, gauche</translation>
        </message>
        <message>
            <source>Foot, right</source>
            <translation>Pied, droite</translation>
        </message>
        <message>
            <source>Front of the trunk</source>
            <translation>Devant du tronc</translation>
        </message>
        <message>
            <source>Front of the leg, left</source>
            <translation>Devant de la jambe, gauche</translation>
        </message>
        <message>
            <source>Front of the leg, right</source>
            <translation>Devant de la jambe, droite</translation>
        </message>
    </context>
    <context>
        <name>BodyOutlineWidget</name>
        <message>
            <source>Click where it hurts; drag to show where the pain spreads; right-click a mark to remove it.</source>
            <translation>Cliquez là où ça fait mal; faites glisser pour montrer où la douleur s'étend; cliquez avec le bouton droit sur une marque pour la retirer.</translation>
        </message>
        <message>
            <source>Nothing marked.</source>
            <translation>Rien de marqué.</translation>
        </message>
        <message>
            <source>Hurts: {regions}.</source>
            <translation>Douleur : {regions}.</translation>
        </message>
        <message>
            <source>Spreads to: {regions}.</source>
            <translation>S'étend à : {regions}.</translation>
        </message>
        <message>
            <source>elsewhere</source>
            <translation>ailleurs</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Dos</translation>
        </message>
        <message>
            <source>Front</source>
            <translation>Face</translation>
        </message>
    </context>
    <context>
        <name>BodyPage</name>
        <message>
            <source>What a click marks</source>
            <translation>Ce que marque un clic</translation>
        </message>
        <message>
            <source>Clicks &amp;mark</source>
            <translation>Un clic &amp;marque</translation>
        </message>
        <message>
            <source>All points on the outline</source>
            <translation>Tous les points sur la silhouette</translation>
        </message>
        <message>
            <source>Points listed</source>
            <translation>Points de la liste</translation>
        </message>
        <message>
            <source>L&amp;ist</source>
            <translation>L&amp;iste</translation>
        </message>
        <message>
            <source>Points on the outline</source>
            <translation>Points sur la silhouette</translation>
        </message>
        <message>
            <source>Points to needle</source>
            <translation>Points à puncturer</translation>
        </message>
        <message>
            <source>Cupping sites (purple ring)</source>
            <translation>Sites de ventouses (anneau violet)</translation>
        </message>
        <message>
            <source>Moxibustion sites (orange ring)</source>
            <translation>Sites de moxibustion (anneau orange)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Chosen: {codes}.</source>
            <translation>Choisis : {codes}.</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>choisi</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>cupping site</source>
            <translation>site de ventouses</translation>
        </message>
        <message>
            <source>moxibustion site</source>
            <translation>site de moxibustion</translation>
        </message>
        <message>
            <source>{what} added</source>
            <translation>{what} ajouté</translation>
        </message>
        <message>
            <source>{what} removed</source>
            <translation>{what} retiré</translation>
        </message>
        <message>
            <source>Click a point to choose it (green); click again to remove it. Or tick it in the list with Space.</source>
            <translation>Cliquez sur un point pour le choisir (vert); cliquez de nouveau pour le retirer. Ou cochez-le dans la liste avec la barre d'espacement.</translation>
        </message>
        <message>
            <source>Click a point to mark a cupping site (purple ring); again to remove it.</source>
            <translation>Cliquez sur un point pour marquer un site de ventouses (anneau violet); de nouveau pour le retirer.</translation>
        </message>
        <message>
            <source>Click a point to mark a moxibustion site (orange ring); again to remove it.</source>
            <translation>Cliquez sur un point pour marquer un site de moxibustion (anneau orange); de nouveau pour le retirer.</translation>
        </message>
    </context>
    <context>
        <name>BookCanvas</name>
        <message>
            <source>Appointment book: times</source>
            <translation>Agenda des rendez-vous : heures</translation>
        </message>
        <message>
            <source>Free: {time}, {where}</source>
            <translation>Libre : {time}, {where}</translation>
        </message>
        <message>
            <source>Move to {time}</source>
            <translation>Déplacer à {time}</translation>
        </message>
    </context>
    <context>
        <name>BookHeader</name>
        <message>
            <source>Appointment book: columns and times not set</source>
            <translation>Agenda des rendez-vous : colonnes et heures non définies</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>fermé</translation>
        </message>
        <message>
            <source>
{count} more with no time set</source>
            <translation>
{count} autres sans heure fixée</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} autres</translation>
        </message>
        <message>
            <source>Time not set (never placed at a time; book a time to place them):</source>
            <translation>Sans heure (jamais placés dans l'agenda; réservez une heure pour les placer) :</translation>
        </message>
    </context>
    <context>
        <name>BookPart</name>
        <message>
            <source>&amp;Appointments</source>
            <translation>&amp;Rendez-vous</translation>
        </message>
        <message>
            <source>Appoint&amp;ments</source>
            <translation>Rende&amp;z-vous</translation>
        </message>
        <message>
            <source>&amp;New booking…</source>
            <translation>&amp;Nouveau rendez-vous…</translation>
        </message>
        <message>
            <source>&amp;Find a free time…</source>
            <translation>&amp;Trouver une plage libre…</translation>
        </message>
        <message>
            <source>Book the course's &amp;times…</source>
            <translation>Réserver les &amp;heures de la série…</translation>
        </message>
        <message>
            <source>Take &amp;payment…</source>
            <translation>Encaisser un &amp;paiement…</translation>
        </message>
        <message>
            <source>Save appointments for the patient's &amp;calendar…</source>
            <translation>Enregistrer les rendez-vous pour le &amp;calendrier du patient…</translation>
        </message>
        <message>
            <source>&amp;End of day…</source>
            <translation>&amp;Fin de journée…</translation>
        </message>
        <message>
            <source>{name} - chart {chart}</source>
            <translation>{name} - dossier {chart}</translation>
        </message>
        <message>
            <source>Every session of this patient's courses has a time.</source>
            <translation>Chaque séance des séries de traitements de ce patient a une heure.</translation>
        </message>
    </context>
    <context>
        <name>BookPresenter</name>
        <message>
            <source>Week of {first} to {last}</source>
            <translation>Semaine du {first} au {last}</translation>
        </message>
        <message>
            <source>Someone else changed this appointment first; the book shows it as it is now.</source>
            <translation>Quelqu'un d'autre a modifié ce rendez-vous avant vous; l'agenda l'affiche tel qu'il est maintenant.</translation>
        </message>
    </context>
    <context>
        <name>BookScreen</name>
        <message>
            <source>Appointment book</source>
            <translation>Agenda des rendez-vous</translation>
        </message>
        <message>
            <source>Date shown</source>
            <translation>Date affichée</translation>
        </message>
        <message>
            <source>Go to date</source>
            <translation>Aller à la date</translation>
        </message>
        <message>
            <source>Previous day or week (Page Up)</source>
            <translation>Jour précédent ou semaine précédente (Page Up)</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Aujourd'hui</translation>
        </message>
        <message>
            <source>Today (T)</source>
            <translation>Aujourd'hui (T)</translation>
        </message>
        <message>
            <source>Next day or week (Page Down)</source>
            <translation>Jour suivant ou semaine suivante (Page Down)</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Jour</translation>
        </message>
        <message>
            <source>Day view (D)</source>
            <translation>Vue jour (D)</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Semaine</translation>
        </message>
        <message>
            <source>Week view (W)</source>
            <translation>Vue semaine (W)</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>&amp;Find a free time...</source>
            <translation>&amp;Trouver une plage libre...</translation>
        </message>
        <message>
            <source>&amp;New booking...</source>
            <translation>&amp;Nouveau rendez-vous...</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <source>Practitioner:</source>
            <translation>Praticien :</translation>
        </message>
        <message>
            <source>Room:</source>
            <translation>Salle :</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Légende :</translation>
        </message>
        <message>
            <source>Colour key: {word}</source>
            <translation>Légende des couleurs : {word}</translation>
        </message>
        <message>
            <source>(struck through: the time is free)</source>
            <translation>(barré : la plage est libre)</translation>
        </message>
        <message>
            <source>All practitioners</source>
            <translation>Tous les praticiens</translation>
        </message>
        <message>
            <source>All rooms</source>
            <translation>Toutes les salles</translation>
        </message>
        <message>
            <source>By room (a column each)</source>
            <translation>Par salle (une colonne chacune)</translation>
        </message>
        <message>
            <source> (the clinic is closed)</source>
            <translation> (la clinique est fermée)</translation>
        </message>
        <message>
            <source>{when}, {where}{closed}</source>
            <translation>{when}, {where}{closed}</translation>
        </message>
    </context>
    <context>
        <name>BookView</name>
        <message>
            <source>Appointment book</source>
            <translation>Agenda des rendez-vous</translation>
        </message>
    </context>
    <context>
        <name>CalendarAction</name>
        <message>
            <source>Calendar file</source>
            <translation>Fichier de calendrier</translation>
        </message>
        <message>
            <source>No appointment with a time is booked, so there is nothing to save.</source>
            <translation>Aucun rendez-vous avec une heure n'est fixé, il n'y a donc rien à enregistrer.</translation>
        </message>
        <message>
            <source>Save the appointments for a calendar</source>
            <translation>Enregistrer les rendez-vous pour un calendrier</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Fichiers de calendrier (*.ics)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Remplacer le fichier?</translation>
        </message>
        <message>
            <source>Replace {name}?

A file of that name is already there; it will be replaced by this calendar file.</source>
            <translation>Remplacer {name}?

Un fichier de ce nom existe déjà; il sera remplacé par ce fichier de calendrier.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n appointment(s) to {name}.</source>
            <translation>
                <numerusform>%n rendez-vous enregistré dans {name}.</numerusform>
                <numerusform>%n rendez-vous enregistrés dans {name}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Unwell</source>
            <translation>Malade</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Travail</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>Practitioner unavailable</source>
            <translation>Praticien non disponible</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Cancel appointment</source>
            <translation>Annuler le rendez-vous</translation>
        </message>
        <message>
            <source>time not set</source>
            <translation>heure non fixée</translation>
        </message>
        <message>
            <source>The &amp;patient</source>
            <translation>Le &amp;patient</translation>
        </message>
        <message>
            <source>The c&amp;linic</source>
            <translation>La c&amp;linique</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>Cancelled by</source>
            <translation>Annulé par</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>&amp;Cancel appointment</source>
            <translation>&amp;Annuler le rendez-vous</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Conserver</translation>
        </message>
        <message>
            <source>Late cancellation (less than {n} hours' notice)</source>
            <translation>Annulation tardive (préavis de moins de {n} h)</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>AcuPlanner — choose a new password</source>
            <translation>AcuPlanner — choisir un nouveau mot de passe</translation>
        </message>
        <message>
            <source>Choose a new password</source>
            <translation>Choisir un nouveau mot de passe</translation>
        </message>
        <message>
            <source>Your password was set by someone else. Choose your own before you start: only you should know it. Cancel signs you out.</source>
            <translation>Votre mot de passe a été défini par quelqu'un d'autre. Choisissez le vôtre avant de commencer : vous seul devez le connaître. Annuler vous déconnecte.</translation>
        </message>
        <message>
            <source>Type your current password, then the new one twice.</source>
            <translation>Tapez votre mot de passe actuel, puis le nouveau deux fois.</translation>
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation>au moins {n} caractères</translation>
        </message>
        <message>
            <source>&amp;Current password</source>
            <translation>Mot de passe &amp;actuel</translation>
        </message>
        <message>
            <source>&amp;New password</source>
            <translation>&amp;Nouveau mot de passe</translation>
        </message>
        <message>
            <source>New password &amp;again</source>
            <translation>&amp;Confirmer le nouveau mot de passe</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Changer le mot de passe</translation>
        </message>
        <message>
            <source>Cancel and sign out</source>
            <translation>Annuler et se déconnecter</translation>
        </message>
    </context>
    <context>
        <name>ChoiceField</name>
        <message>
            <source>Keys: {keys}; Delete clears</source>
            <translation>Touches : {keys}; Suppr efface</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sans réponse</translation>
        </message>
    </context>
    <context>
        <name>ChosenPointsTable</name>
        <message>
            <source>Point</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Côté</translation>
        </message>
        <message>
            <source>Needles</source>
            <translation>Aiguilles</translation>
        </message>
        <message>
            <source>Depth</source>
            <translation>Profondeur</translation>
        </message>
        <message>
            <source>Stimulation</source>
            <translation>Stimulation</translation>
        </message>
        <message>
            <source>De qi</source>
            <translation>De qi</translation>
        </message>
        <message>
            <source>Chosen points</source>
            <translation>Points choisis</translation>
        </message>
        <message>
            <source>{code} in row {n}</source>
            <translation>{code} à la ligne {n}</translation>
        </message>
        <message>
            <source>Region of {code}</source>
            <translation>Région de {code}</translation>
        </message>
        <message>
            <source>Where the tender point is. Not chosen, the safety check reads the most cautious place (over the lung and the lower back).</source>
            <translation>Emplacement du point sensible. Si rien n'est choisi, la vérification de sécurité retient l'emplacement le plus prudent (au-dessus du poumon et du bas du dos).</translation>
        </message>
        <message>
            <source>Side of {code}</source>
            <translation>Côté de {code}</translation>
        </message>
        <message>
            <source>e.g. 1 cun</source>
            <translation>p. ex. 1 cun</translation>
        </message>
        <message>
            <source>Depth of {code}</source>
            <translation>Profondeur de {code}</translation>
        </message>
        <message>
            <source>Stimulation at {code}</source>
            <translation>Stimulation à {code}</translation>
        </message>
        <message>
            <source>De qi sought</source>
            <translation>De qi recherché</translation>
        </message>
        <message>
            <source>De qi sought at {code}</source>
            <translation>De qi recherché à {code}</translation>
        </message>
        <message>
            <source>Remove point {code}</source>
            <translation>Retirer le point {code}</translation>
        </message>
    </context>
    <context>
        <name>ClearanceRow</name>
        <message>
            <source>Cleared by (e.g. Dr A. Jones, GP)</source>
            <translation>Autorisé par (p. ex. Dr A. Jones, médecin de famille)</translation>
        </message>
        <message>
            <source>Cleared by, {flag}</source>
            <translation>Autorisé par, {flag}</translation>
        </message>
        <message>
            <source>Clearance date, {flag}</source>
            <translation>Date de l'autorisation, {flag}</translation>
        </message>
        <message>
            <source>Note (e.g. letter on file)</source>
            <translation>Note (p. ex. lettre au dossier)</translation>
        </message>
        <message>
            <source>Clearance note, {flag}</source>
            <translation>Note d'autorisation, {flag}</translation>
        </message>
        <message>
            <source>on</source>
            <translation>le</translation>
        </message>
    </context>
    <context>
        <name>ClinicDialog</name>
        <message>
            <source>Clinic progress</source>
            <translation>Progrès de la clinique</translation>
        </message>
        <message>
            <source>&amp;All dates</source>
            <translation>&amp;Toutes les dates</translation>
        </message>
        <message>
            <source>Courses running from</source>
            <translation>Séries en cours à partir du</translation>
        </message>
        <message>
            <source>Courses running to</source>
            <translation>Séries en cours jusqu'au</translation>
        </message>
        <message>
            <source>Any region</source>
            <translation>Toute région</translation>
        </message>
        <message>
            <source>Any duration</source>
            <translation>Toute durée</translation>
        </message>
        <message>
            <source>Pain region</source>
            <translation>Région douloureuse</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Courses running &amp;from</source>
            <translation>Séries en cours &amp;du</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;au</translation>
        </message>
        <message>
            <source>Active courses</source>
            <translation>Séries en cours</translation>
        </message>
        <message>
            <source>Due a review</source>
            <translation>Bilan à faire</translation>
        </message>
        <message>
            <source>Overdue for their next session</source>
            <translation>En retard pour la prochaine séance</translation>
        </message>
        <message>
            <source>Finished courses ending meaningfully better than they started</source>
            <translation>Séries terminées avec une nette amélioration entre le début et la fin</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Douleur</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Was due</source>
            <translation>Prévue le</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Jours de retard</translation>
        </message>
        <message>
            <source>Double-click a patient, or press Enter on them, to open them.</source>
            <translation>Double-cliquez sur un patient, ou appuyez sur Entrée, pour ouvrir son dossier.</translation>
        </message>
        <message>
            <source>{improved} of {completed} finished courses, judged on their latest score ({rule})</source>
            <translation>{improved} sur {completed} séries terminées, selon leur dernier score ({rule})</translation>
        </message>
    </context>
    <context>
        <name>ClinicSettingsDialog</name>
        <message>
            <source>Mon</source>
            <translation>lun.</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar.</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mer.</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>jeu.</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>ven.</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sam.</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dim.</translation>
        </message>
        <message>
            <source>Clinic settings — AcuPlanner</source>
            <translation>Paramètres de la clinique — AcuPlanner</translation>
        </message>
        <message>
            <source>e.g. VAT number; printed on receipts</source>
            <translation>p. ex. numéro de TPS/TVQ; imprimé sur les reçus</translation>
        </message>
        <message>
            <source>e.g. the council practitioners register with</source>
            <translation>p. ex. l'ordre auprès duquel les praticiens sont inscrits</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minutes</translation>
        </message>
        <message>
            <source>Every window locks after this long without keyboard or mouse input; Ctrl+L locks at once.</source>
            <translation>Chaque fenêtre se verrouille après ce délai sans activité du clavier ou de la souris; Ctrl+L verrouille immédiatement.</translation>
        </message>
        <message>
            <source>Clinic &amp;name</source>
            <translation>&amp;Nom de la clinique</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <source>&amp;Tax number</source>
            <translation>Numéro de ta&amp;xes</translation>
        </message>
        <message>
            <source>&amp;Registering body</source>
            <translation>&amp;Ordre professionnel</translation>
        </message>
        <message>
            <source>&amp;Lock after</source>
            <translation>&amp;Verrouiller après</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Clinique</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> heures</translation>
        </message>
        <message>
            <source>&amp;First visit</source>
            <translation>&amp;Première visite</translation>
        </message>
        <message>
            <source>Follo&amp;w-up</source>
            <translation>&amp;Suivi</translation>
        </message>
        <message>
            <source>&amp;Opens at</source>
            <translation>&amp;Heure d'ouverture</translation>
        </message>
        <message>
            <source>&amp;Closes at</source>
            <translation>Heure de &amp;fermeture</translation>
        </message>
        <message>
            <source>Open da&amp;ys</source>
            <translation>&amp;Jours d'ouverture</translation>
        </message>
        <message>
            <source>Late-cancel not&amp;ice</source>
            <translation>Préavis d'annu&amp;lation tardive</translation>
        </message>
        <message>
            <source>A cancellation with less notice than this counts as late.</source>
            <translation>Une annulation avec un préavis plus court que celui-ci est considérée comme tardive.</translation>
        </message>
        <message>
            <source>Appointment book</source>
            <translation>Agenda des rendez-vous</translation>
        </message>
        <message>
            <source>Print ins&amp;urers' codes on receipts</source>
            <translation>Imprimer les codes des ass&amp;ureurs sur les reçus</translation>
        </message>
        <message>
            <source>For US insurers: the ICD-10-CM diagnosis code and the CPT codes 97810–97814 by 15-minute units, on every receipt and invoice.</source>
            <translation>Pour les assureurs des États-Unis : le code de diagnostic ICD-10-CM et les codes CPT 97810–97814 par tranches de 15 minutes, sur chaque reçu et chaque facture.</translation>
        </message>
        <message>
            <source>Dia&amp;gnosis</source>
            <translation>Dia&amp;gnostic</translation>
        </message>
        <message>
            <source>Receipts for insurers</source>
            <translation>Reçus pour les assureurs</translation>
        </message>
        <message>
            <source>Clinic settings</source>
            <translation>Paramètres de la clinique</translation>
        </message>
    </context>
    <context>
        <name>ClinicalSection</name>
        <message>
            <source>Safety and intakes</source>
            <translation>Sécurité et évaluations</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <source>Intakes</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>The safety summary could not be read: {why}</source>
            <translation>Le résumé de sécurité n'a pas pu être lu : {why}</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Aucune pour l'instant</translation>
        </message>
        <message>
            <source>{date} (latest)</source>
            <translation>{date} (la plus récente)</translation>
        </message>
        <message>
            <source>Open an intake: the latest to edit, earlier ones to read</source>
            <translation>Ouvrir une évaluation : la plus récente pour la modifier, les précédentes pour les consulter</translation>
        </message>
    </context>
    <context>
        <name>ComplaintSection</name>
        <message>
            <source>What brings the patient in, as they say it</source>
            <translation>Ce qui amène le patient, dans ses mots</translation>
        </message>
        <message>
            <source>Which leg</source>
            <translation>Quelle jambe</translation>
        </message>
        <message>
            <source>e.g. lifting a heavy box; gradually, no clear cause</source>
            <translation>p. ex. en soulevant une boîte lourde; graduellement, sans cause claire</translation>
        </message>
        <message>
            <source>— not known —</source>
            <translation>— inconnu —</translation>
        </message>
        <message>
            <source>say what it is</source>
            <translation>précisez</translation>
        </message>
        <message>
            <source>Date of intake</source>
            <translation>Date de l'évaluation</translation>
        </message>
        <message>
            <source>In the patient's words</source>
            <translation>Dans les mots du patient</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>How it started</source>
            <translation>Mode d'apparition</translation>
        </message>
        <message>
            <source>Probable cause</source>
            <translation>Cause probable</translation>
        </message>
        <message>
            <source>Other cause</source>
            <translation>Autre cause</translation>
        </message>
        <message>
            <source>Worse with</source>
            <translation>Aggravée par</translation>
        </message>
        <message>
            <source>Better with</source>
            <translation>Soulagée par</translation>
        </message>
        <message>
            <source>Effect on sleep</source>
            <translation>Effet sur le sommeil</translation>
        </message>
        <message>
            <source>Effect on work</source>
            <translation>Effet sur le travail</translation>
        </message>
        <message>
            <source>Body outline, back and front</source>
            <translation>Silhouette du corps, dos et face</translation>
        </message>
        <message>
            <source>Where it hurts</source>
            <translation>Où ça fait mal</translation>
        </message>
        <message>
            <source>Where it spreads</source>
            <translation>Où ça s'étend</translation>
        </message>
        <message>
            <source>Clear marks</source>
            <translation>Effacer les marques</translation>
        </message>
        <message>
            <source>List of regio&amp;ns</source>
            <translation>Liste des régio&amp;ns</translation>
        </message>
        <message>
            <source>Mark pain from a list of regions with the keyboard (Space ticks a region)</source>
            <translation>Marquer la douleur à partir d'une liste de régions au clavier (la barre d'espacement coche une région)</translation>
        </message>
        <message>
            <source>Click to mark · drag for spreading pain · right-click removes · Space on the outline lists the regions</source>
            <translation>Cliquez pour marquer · faites glisser pour une douleur qui s'étend · clic droit pour retirer · Espace sur la silhouette énumère les régions</translation>
        </message>
    </context>
    <context>
        <name>ConsentSection</name>
        <message>
            <source>&lt;b&gt;Technique&lt;/b&gt;</source>
            <translation>&lt;b&gt;Technique&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Consent&lt;/b&gt;</source>
            <translation>&lt;b&gt;Consentement&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;On&lt;/b&gt;</source>
            <translation>&lt;b&gt;Date&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Donné</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Consent to {technique}</source>
            <translation>Consentement : {technique}</translation>
        </message>
        <message>
            <source>{technique}: consent date</source>
            <translation>{technique} : date du consentement</translation>
        </message>
        <message>
            <source>Unanswered means not asked yet. Saving records each new or changed answer as taken by you.</source>
            <translation>« Sans réponse » signifie que la question n'a pas encore été posée. À l'enregistrement, chaque réponse nouvelle ou modifiée est consignée comme recueillie par vous.</translation>
        </message>
    </context>
    <context>
        <name>CourseBox</name>
        <message>
            <source>Today's session…</source>
            <translation>Séance du jour…</translation>
        </message>
        <message>
            <source>Plan…</source>
            <translation>Plan…</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Bilan…</translation>
        </message>
        <message>
            <source>starts {start}</source>
            <translation>commence le {start}</translation>
        </message>
        <message>
            <source>started {start}</source>
            <translation>commencée le {start}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) planned</source>
            <translation>
                <numerusform>%n séance prévue</numerusform>
                <numerusform>%n séances prévues</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions yet.</source>
            <translation>Aucune séance pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>Show %n session(s)</source>
            <translation>
                <numerusform>Afficher %n séance</numerusform>
                <numerusform>Afficher les %n séances</numerusform>
            </translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Pain before → after</source>
            <translation>Douleur avant → après</translation>
        </message>
        <message>
            <source>Open this session</source>
            <translation>Ouvrir cette séance</translation>
        </message>
        <message>
            <source>Session {number} of {planned}</source>
            <translation>Séance {number} sur {planned}</translation>
        </message>
    </context>
    <context>
        <name>CourseChartWidget</name>
        <message>
            <source>Course pain chart</source>
            <translation>Courbe de la douleur de la série</translation>
        </message>
        <message>
            <source>No course yet.</source>
            <translation>Aucune série pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>CourseProgressDialog</name>
        <message>
            <source>Course progress — {patient}</source>
            <translation>Progrès de la série — {patient}</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Record &amp;scores…</source>
            <translation>Consigner les &amp;scores…</translation>
        </message>
        <message>
            <source>Pain now and the PEG-3 before a session, or at the review or discharge</source>
            <translation>Douleur actuelle et PEG-3 avant une séance, ou au bilan ou au congé</translation>
        </message>
    </context>
    <context>
        <name>CourseQuestions</name>
        <message>
            <source>Extend the course?</source>
            <translation>Prolonger la série?</translation>
        </message>
        <message>
            <source>Session {number} would be past the {planned} sessions planned for this course. Extend the course to record it: how many more sessions, and why? The extension is recorded with its reason.</source>
            <translation>La séance {number} dépasserait les {planned} séances prévues pour cette série. Prolongez la série pour la consigner : combien de séances de plus, et pourquoi? La prolongation est consignée avec son motif.</translation>
        </message>
        <message>
            <source>&amp;Extend and open the session</source>
            <translation>&amp;Prolonger et ouvrir la séance</translation>
        </message>
        <message>
            <source>&amp;More sessions</source>
            <translation>Séances &amp;supplémentaires</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>P&amp;ourquoi</translation>
        </message>
        <message>
            <source>Save as clinic template</source>
            <translation>Enregistrer comme modèle de la clinique</translation>
        </message>
        <message>
            <source>The plan's points and techniques become a template every practitioner of the clinic can start from (no patient data is kept in it).</source>
            <translation>Les points et techniques du plan deviennent un modèle que chaque praticien de la clinique peut utiliser comme point de départ (aucune donnée de patient n'y est conservée).</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>&amp;Enregistrer le modèle</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>Add an amendment</source>
            <translation>Ajouter un addenda</translation>
        </message>
        <message>
            <source>The signed session stays as it is; the amendment is added beside it with your name and today's date.</source>
            <translation>La séance signée reste telle quelle; l'addenda est ajouté à côté, avec votre nom et la date du jour.</translation>
        </message>
        <message>
            <source>&amp;Add amendment</source>
            <translation>&amp;Ajouter l'addenda</translation>
        </message>
        <message>
            <source>&amp;Amendment</source>
            <translation>A&amp;ddenda</translation>
        </message>
    </context>
    <context>
        <name>CourseTimesDialog</name>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Réserver</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Book the course's sessions</source>
            <translation>Réserver les séances de la série</translation>
        </message>
        <message>
            <source>Preferred time</source>
            <translation>Heure préférée</translation>
        </message>
        <message>
            <source>&amp;Propose again</source>
            <translation>&amp;Proposer de nouveau</translation>
        </message>
        <message>
            <source>The course's sessions and their times</source>
            <translation>Les séances de la série et leurs heures</translation>
        </message>
        <message>
            <source>&amp;Book these</source>
            <translation>&amp;Réserver celles-ci</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Preferred time of day</source>
            <translation>Moment de la journée préféré</translation>
        </message>
        <message>
            <source>Every session of this course has a time already.</source>
            <translation>Chaque séance de cette série a déjà une heure.</translation>
        </message>
        <message>
            <source>Session {n}</source>
            <translation>Séance {n}</translation>
        </message>
        <message>
            <source>Time of session {n}</source>
            <translation>Heure de la séance {n}</translation>
        </message>
        <message>
            <source>Book session {n}</source>
            <translation>Réserver la séance {n}</translation>
        </message>
        <message>
            <source>No free slot: set a time</source>
            <translation>Aucune plage libre : fixez une heure</translation>
        </message>
        <message>
            <source>Tick at least one session to book.</source>
            <translation>Cochez au moins une séance à réserver.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>AcuPlanner — unexpected error</source>
            <translation>AcuPlanner — erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong that AcuPlanner did not expect. What you saved before this is kept in the database.
Please copy the report below and send it to your support contact. If the window behaves oddly, save what you can and restart AcuPlanner.</source>
            <translation>Un problème qu'AcuPlanner n'avait pas prévu est survenu. Ce que vous avez enregistré avant est conservé dans la base de données.
Veuillez copier le rapport ci-dessous et l'envoyer à votre personne-ressource pour le soutien technique. Si la fenêtre se comporte bizarrement, enregistrez ce que vous pouvez et redémarrez AcuPlanner.</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copier le rapport</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
    </context>
    <context>
        <name>DateLine</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
    </context>
    <context>
        <name>DetailsSide</name>
        <message>
            <source>Safety</source>
            <translation>Sécurité</translation>
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <source>Save the document as</source>
            <translation>Enregistrer le document sous</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Print {title}</source>
            <translation>Imprimer {title}</translation>
        </message>
    </context>
    <context>
        <name>DocumentTree</name>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Clinical course report</source>
            <translation>Rapport clinique de la série</translation>
        </message>
        <message>
            <source>Receipt for the whole course</source>
            <translation>Reçu pour toute la série</translation>
        </message>
        <message>
            <source>Take-home sheet for the end of the course</source>
            <translation>Fiche à remettre en fin de série</translation>
        </message>
        <message>
            <source>No sessions given yet: nothing to print.</source>
            <translation>Aucune séance donnée pour l'instant : rien à imprimer.</translation>
        </message>
        <message>
            <source>Course from {start} — {status}</source>
            <translation>Série du {start} — {status}</translation>
        </message>
        <message>
            <source>Session {n} of {m} · {date}</source>
            <translation>Séance {n} sur {m} · {date}</translation>
        </message>
        <message>
            <source> (not signed)</source>
            <translation> (non signée)</translation>
        </message>
        <message>
            <source>Take-home sheet</source>
            <translation>Fiche à remettre</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Reçu</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <source>Choose a document</source>
            <translation>Choisissez un document</translation>
        </message>
        <message>
            <source>Making the document</source>
            <translation>Préparation du document</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Print this document (Ctrl+P)</source>
            <translation>Imprimer ce document (Ctrl+P)</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Save this document as a PDF file (Ctrl+S)</source>
            <translation>Enregistrer ce document en fichier PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Choose a document on the left to see it here before printing or saving.</source>
            <translation>Choisissez un document à gauche pour le voir ici avant de l'imprimer ou de l'enregistrer.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
    </context>
    <context>
        <name>DocumentsWindow</name>
        <message>
            <source>Documents — {name}</source>
            <translation>Documents — {name}</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Remplacer le fichier?</translation>
        </message>
        <message>
            <source>Replace {name}?

A file of that name is already there; it will be replaced by this document.</source>
            <translation>Remplacer {name}?

Un fichier de ce nom existe déjà; il sera remplacé par ce document.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicate</source>
            <translation>Doublon possible</translation>
        </message>
        <message>
            <source>This patient may already be registered: the same name and date of birth, or the same phone number.</source>
            <translation>Ce patient est peut-être déjà inscrit : même nom et même date de naissance, ou même numéro de téléphone.</translation>
        </message>
        <message>
            <source>Chart no.</source>
            <translation>N° de dossier</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archivé)</translation>
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation>&amp;Retour au formulaire</translation>
        </message>
        <message>
            <source>&amp;Open existing</source>
            <translation>&amp;Ouvrir le dossier existant</translation>
        </message>
        <message>
            <source>&amp;Create anyway</source>
            <translation>&amp;Créer quand même</translation>
        </message>
    </context>
    <context>
        <name>ElectroEditor</name>
        <message>
            <source>Add pai&amp;r</source>
            <translation>Ajouter une pai&amp;re</translation>
        </message>
        <message>
            <source>Choose at least two points, then add a pair.</source>
            <translation>Choisissez au moins deux points, puis ajoutez une paire.</translation>
        </message>
    </context>
    <context>
        <name>EndOfDay</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>By method</source>
            <translation>Par mode de paiement</translation>
        </message>
        <message>
            <source>No payments recorded</source>
            <translation>Aucun paiement consigné</translation>
        </message>
        <message>
            <source>By practitioner</source>
            <translation>Par praticien</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totaux</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Encaissé</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Net total</source>
            <translation>Total net</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Date: a date as YYYY-MM-DD.</source>
            <translation>Date : une date au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>{path} enregistré.</translation>
        </message>
    </context>
    <context>
        <name>EndOfDayDialog</name>
        <message>
            <source>End of day</source>
            <translation>Fin de journée</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Afficher</translation>
        </message>
        <message>
            <source>Totals by method and by practitioner</source>
            <translation>Totaux par mode de paiement et par praticien</translation>
        </message>
        <message>
            <source>Takings</source>
            <translation>Recettes</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Save takings as &amp;PDF…</source>
            <translation>Enregistrer les recettes en &amp;PDF…</translation>
        </message>
        <message>
            <source>Save takings as &amp;CSV…</source>
            <translation>Enregistrer les recettes en &amp;CSV…</translation>
        </message>
        <message>
            <source>Save day &amp;sheet…</source>
            <translation>Enregistrer la feuille de &amp;journée…</translation>
        </message>
        <message>
            <source>Day sheet &amp;for:</source>
            <translation>&amp;Feuille de journée pour :</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Save the takings as</source>
            <translation>Enregistrer les recettes sous</translation>
        </message>
        <message>
            <source>Save the day sheet as</source>
            <translation>Enregistrer la feuille de journée sous</translation>
        </message>
    </context>
    <context>
        <name>FeeEdit</name>
        <message>
            <source>set fee</source>
            <translation>fixer le tarif</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>AcuPlanner — set up your clinic</source>
            <translation>AcuPlanner — configurer votre clinique</translation>
        </message>
        <message>
            <source>Welcome to AcuPlanner</source>
            <translation>Bienvenue dans AcuPlanner</translation>
        </message>
        <message>
            <source>Name your clinic and create the first account. It can treat patients and manage user accounts and settings; add your colleagues' accounts afterwards (Admin → Users).</source>
            <translation>Nommez votre clinique et créez le premier compte. Il peut traiter des patients et gérer les comptes d'utilisateurs et les paramètres; ajoutez ensuite les comptes de vos collègues (Administration → Utilisateurs).</translation>
        </message>
        <message>
            <source>e.g. ada.lovelace</source>
            <translation>p. ex. ada.lovelace</translation>
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation>au moins {n} caractères</translation>
        </message>
        <message>
            <source>&amp;Clinic name</source>
            <translation>Nom de la c&amp;linique</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>Nom co&amp;mplet</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>Mot de &amp;passe</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>&amp;Confirmer le mot de passe</translation>
        </message>
        <message>
            <source>Create account and start</source>
            <translation>Créer le compte et commencer</translation>
        </message>
    </context>
    <context>
        <name>FormQuestions</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>You have made changes that are not saved yet.</source>
            <translation>Vous avez apporté des modifications qui ne sont pas encore enregistrées.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Continuer à modifier</translation>
        </message>
        <message>
            <source>Archive patient</source>
            <translation>Archiver le patient</translation>
        </message>
        <message>
            <source>Archive this patient? They leave the patient list; their records are kept and you can bring them back at any time.</source>
            <translation>Archiver ce patient? Il quittera la liste des patients; son dossier est conservé et vous pouvez le rétablir en tout temps.</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <source>Unarchive patient</source>
            <translation>Désarchiver le patient</translation>
        </message>
        <message>
            <source>Bring this patient back to the patient list?</source>
            <translation>Remettre ce patient dans la liste des patients?</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Désarchiver</translation>
        </message>
    </context>
    <context>
        <name>FreeSlotDialog</name>
        <message>
            <source>Any time</source>
            <translation>N'importe quand</translation>
        </message>
        <message>
            <source>Morning (before 12:00)</source>
            <translation>Matin (avant 12 h)</translation>
        </message>
        <message>
            <source>Afternoon (12:00-17:00)</source>
            <translation>Après-midi (12 h – 17 h)</translation>
        </message>
        <message>
            <source>Evening (from 17:00)</source>
            <translation>Soir (à partir de 17 h)</translation>
        </message>
        <message>
            <source>Find a free time</source>
            <translation>Trouver une plage libre</translation>
        </message>
        <message>
            <source>Any day</source>
            <translation>N'importe quel jour</translation>
        </message>
        <message>
            <source>Free times</source>
            <translation>Plages libres</translation>
        </message>
        <message>
            <source>&amp;Practitioner</source>
            <translation>&amp;Praticien</translation>
        </message>
        <message>
            <source>&amp;Weekday</source>
            <translation>&amp;Jour de la semaine</translation>
        </message>
        <message>
            <source>Part of &amp;day</source>
            <translation>&amp;Moment de la journée</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>À part&amp;ir du</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Durée</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Choisir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>No free time in the four weeks searched.</source>
            <translation>Aucune plage libre dans les quatre semaines examinées.</translation>
        </message>
        <message>
            <source>Practitioner: the clinic has none.</source>
            <translation>Praticien : la clinique n'en a aucun.</translation>
        </message>
    </context>
    <context>
        <name>GlanceSection</name>
        <message>
            <source>At a glance</source>
            <translation>En un coup d'œil</translation>
        </message>
        <message>
            <source>Current course</source>
            <translation>Série en cours</translation>
        </message>
        <message>
            <source>Last session</source>
            <translation>Dernière séance</translation>
        </message>
        <message>
            <source>Next session</source>
            <translation>Prochaine séance</translation>
        </message>
        <message>
            <source>None under way</source>
            <translation>Aucune en cours</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Aucune pour l'instant</translation>
        </message>
        <message>
            <source>None booked</source>
            <translation>Aucune fixée</translation>
        </message>
        <message>
            <source>starts {date}</source>
            <translation>commence le {date}</translation>
        </message>
        <message>
            <source>started {date}</source>
            <translation>commencée le {date}</translation>
        </message>
        <message numerus="yes">
            <source>{held} of %n session(s) held</source>
            <translation>
                <numerusform>{held} sur %n séance effectuée</numerusform>
                <numerusform>{held} sur %n séances effectuées</numerusform>
            </translation>
        </message>
        <message>
            <source>today ({date})</source>
            <translation>aujourd'hui ({date})</translation>
        </message>
        <message>
            <source>session {number} of {planned}</source>
            <translation>séance {number} sur {planned}</translation>
        </message>
    </context>
    <context>
        <name>GoalsSection</name>
        <message>
            <source>e.g. to pick up my grandchildren again</source>
            <translation>p. ex. pouvoir de nouveau prendre mes petits-enfants dans mes bras</translation>
        </message>
        <message>
            <source>e.g. gardening, cycling to work</source>
            <translation>p. ex. jardinage, aller au travail à vélo</translation>
        </message>
        <message>
            <source>In the patient's words</source>
            <translation>Dans les mots du patient</translation>
        </message>
        <message>
            <source>Goals, in the patient's words</source>
            <translation>Objectifs, dans les mots du patient</translation>
        </message>
        <message>
            <source>Target pain (0–10)</source>
            <translation>Douleur visée (0–10)</translation>
        </message>
        <message>
            <source>Activities to return to</source>
            <translation>Activités à reprendre</translation>
        </message>
    </context>
    <context>
        <name>HealthCheckDetails</name>
        <message>
            <source>Pregnant now</source>
            <translation>Enceinte actuellement</translation>
        </message>
        <message>
            <source>No longer pregnant</source>
            <translation>N'est plus enceinte</translation>
        </message>
        <message>
            <source>New medicines, one per line</source>
            <translation>Nouveaux médicaments, un par ligne</translation>
        </message>
        <message>
            <source>New medicines</source>
            <translation>Nouveaux médicaments</translation>
        </message>
        <message>
            <source>Other changes in health or history</source>
            <translation>Autres changements de santé ou d'antécédents</translation>
        </message>
        <message>
            <source>New red flags (each means refer before treating):</source>
            <translation>Nouveaux signaux d'alarme (chacun impose d'orienter le patient avant de traiter) :</translation>
        </message>
        <message>
            <source>New conditions:</source>
            <translation>Nouvelles affections :</translation>
        </message>
        <message>
            <source>Pregnancy:</source>
            <translation>Grossesse :</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Grossesse</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>AcuPlanner — User guide</source>
            <translation>AcuPlanner — Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Guide</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>Admin guide</source>
            <translation>Guide de l'administrateur</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>Texte du guide</translation>
        </message>
        <message>
            <source>&amp;Guide:</source>
            <translation>&amp;Guide :</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>&amp;Section :</translation>
        </message>
        <message>
            <source>{name} is not part of the offline help.</source>
            <translation>{name} ne fait pas partie de l'aide hors ligne.</translation>
        </message>
    </context>
    <context>
        <name>HistorySection</name>
        <message>
            <source>None of these (all No): medical history</source>
            <translation>Aucun de ceux-ci (tous Non) : antécédents médicaux</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No / not applicable</source>
            <translation>Non / sans objet</translation>
        </message>
        <message>
            <source>Not asked: the patient's record (sex or age) rules it out.</source>
            <translation>Non demandé : le dossier du patient (sexe ou âge) l'exclut.</translation>
        </message>
        <message>
            <source>Ask anyway</source>
            <translation>Demander quand même</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> semaines</translation>
        </message>
        <message>
            <source>Weeks pregnant</source>
            <translation>Semaines de grossesse</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>Un par ligne</translation>
        </message>
        <message>
            <source>Pregnant?</source>
            <translation>Enceinte?</translation>
        </message>
        <message>
            <source>Medications and supplements</source>
            <translation>Médicaments et suppléments</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Autres affections</translation>
        </message>
        <message>
            <source>Blood thinner recognised: {names}</source>
            <translation>Anticoagulant reconnu : {names}</translation>
        </message>
    </context>
    <context>
        <name>IntakeEditor</name>
        <message>
            <source>&amp;1  Presenting complaint</source>
            <translation>&amp;1  Motif de consultation</translation>
        </message>
        <message>
            <source>&amp;2  Pain</source>
            <translation>&amp;2  Douleur</translation>
        </message>
        <message>
            <source>&amp;3  What has been tried</source>
            <translation>&amp;3  Ce qui a été essayé</translation>
        </message>
        <message>
            <source>&amp;4  Goals</source>
            <translation>&amp;4  Objectifs</translation>
        </message>
        <message>
            <source>&amp;5  Medical history and safety checklist</source>
            <translation>&amp;5  Antécédents médicaux et liste de vérification de sécurité</translation>
        </message>
        <message>
            <source>&amp;6  Red flags</source>
            <translation>&amp;6  Signaux d'alarme</translation>
        </message>
        <message>
            <source>&amp;7  Consent</source>
            <translation>&amp;7  Consentement</translation>
        </message>
        <message>
            <source>&amp;8  Style of acupuncture and TCM findings</source>
            <translation>&amp;8  Style d'acupuncture et observations en MTC</translation>
        </message>
    </context>
    <context>
        <name>IntakeWindow</name>
        <message>
            <source>Intake — {name}[*]</source>
            <translation>Évaluation — {name}[*]</translation>
        </message>
        <message>
            <source>Intake &amp;of</source>
            <translation>Évaluation &amp;du</translation>
        </message>
        <message>
            <source>Intake of</source>
            <translation>Évaluation du</translation>
        </message>
        <message>
            <source>New &amp;re-assessment</source>
            <translation>Nouvelle &amp;réévaluation</translation>
        </message>
        <message>
            <source>A new intake for today, copied from the latest one</source>
            <translation>Une nouvelle évaluation pour aujourd'hui, copiée de la plus récente</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <source>New — not saved yet</source>
            <translation>Nouvelle — pas encore enregistrée</translation>
        </message>
        <message>
            <source>{date} (latest)</source>
            <translation>{date} (la plus récente)</translation>
        </message>
        <message>
            <source>Re-assessment: copied from the intake of {date}. Change what is different today, then save.</source>
            <translation>Réévaluation : copiée de l'évaluation du {date}. Modifiez ce qui a changé aujourd'hui, puis enregistrez.</translation>
        </message>
        <message>
            <source>First intake for this patient — not saved yet.</source>
            <translation>Première évaluation de ce patient — pas encore enregistrée.</translation>
        </message>
        <message>
            <source>An earlier intake, read only. Choose the latest one above to edit it, or start a new re-assessment.</source>
            <translation>Une évaluation antérieure, en lecture seule. Choisissez la plus récente ci-dessus pour la modifier, ou commencez une nouvelle réévaluation.</translation>
        </message>
        <message>
            <source>The latest intake. Changes are saved into it.</source>
            <translation>L'évaluation la plus récente. Les modifications y sont enregistrées.</translation>
        </message>
        <message>
            <source>Saved at {time}.</source>
            <translation>Enregistrée à {time}.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>Type your password to go on where you left off. Someone else can sign in with their own user name.</source>
            <translation>Tapez votre mot de passe pour reprendre là où vous étiez. Une autre personne peut se connecter avec son propre nom d'utilisateur.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Users…</source>
            <translation>&amp;Utilisateurs…</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Journal d'audit…</translation>
        </message>
        <message>
            <source>&amp;Clinic settings…</source>
            <translation>&amp;Paramètres de la clinique…</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>Ad&amp;ministration</translation>
        </message>
        <message>
            <source>DEMO DATABASE — fictional patients, not for clinical use</source>
            <translation>BASE DE DONNÉES DE DÉMONSTRATION — patients fictifs, ne pas utiliser en clinique</translation>
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation>&amp;Patients</translation>
        </message>
        <message>
            <source>AcuPlanner — locked</source>
            <translation>AcuPlanner — verrouillé</translation>
        </message>
        <message>
            <source>AcuPlanner — {clinic}</source>
            <translation>AcuPlanner — {clinic}</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>That patient is no longer in the database; the list was refreshed.</source>
            <translation>Ce patient n'est plus dans la base de données; la liste a été actualisée.</translation>
        </message>
        <message>
            <source>About AcuPlanner</source>
            <translation>À propos d'AcuPlanner</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Clinique</translation>
        </message>
        <message>
            <source>(not set up yet)</source>
            <translation>(pas encore configurée)</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Session planner and clinical record for acupuncturists treating back pain.</source>
            <translation>Planificateur de séances et dossier clinique pour les acupuncteurs qui traitent les maux de dos.</translation>
        </message>
        <message>
            <source>Signed in as {name} ({roles})</source>
            <translation>Connecté en tant que {name} ({roles})</translation>
        </message>
        <message>
            <source>Database: {backend} — {location}</source>
            <translation>Base de données : {backend} — {location}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Find patient</source>
            <translation>&amp;Rechercher un patient</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>&amp;Change my password…</source>
            <translation>&amp;Changer mon mot de passe…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Privacy mode — first names only</source>
            <translation>Mode &amp;confidentialité — prénoms seulement</translation>
        </message>
        <message>
            <source>Show &amp;archived patients</source>
            <translation>Afficher les patients &amp;archivés</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>&amp;Licences and notices…</source>
            <translation>&amp;Licences et avis…</translation>
        </message>
        <message>
            <source>&amp;About AcuPlanner</source>
            <translation>À &amp;propos d'AcuPlanner</translation>
        </message>
    </context>
    <context>
        <name>MedicationsEdit</name>
        <message>
            <source>One per line, e.g. Eliquis 5 mg twice daily</source>
            <translation>Un par ligne, p. ex. Eliquis 5 mg deux fois par jour</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>&amp;Reload their version</source>
            <translation>&amp;Recharger leur version</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move appointment</source>
            <translation>Déplacer le rendez-vous</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Actuellement</translation>
        </message>
        <message>
            <source>time not set</source>
            <translation>heure non fixée</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>Du&amp;rée</translation>
        </message>
        <message>
            <source>&amp;Room</source>
            <translation>&amp;Salle</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Déplacer</translation>
        </message>
        <message>
            <source>Practitioner: choose who will treat.</source>
            <translation>Praticien : choisissez qui traitera.</translation>
        </message>
    </context>
    <context>
        <name>NeedlePanel</name>
        <message>
            <source>Needles</source>
            <translation>Aiguilles</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Insérées</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Retirées</translation>
        </message>
        <message>
            <source>Needle out  +1</source>
            <translation>Aiguille retirée  +1</translation>
        </message>
        <message>
            <source>One needle fewer in</source>
            <translation>Une aiguille insérée de moins</translation>
        </message>
        <message>
            <source>One more needle in</source>
            <translation>Une aiguille insérée de plus</translation>
        </message>
        <message>
            <source>One needle fewer out</source>
            <translation>Une aiguille retirée de moins</translation>
        </message>
        <message>
            <source>One more needle out</source>
            <translation>Une aiguille retirée de plus</translation>
        </message>
        <message>
            <source>The counts do not match. Never sign until they do:</source>
            <translation>Les décomptes ne concordent pas. Ne signez jamais avant qu'ils concordent :</translation>
        </message>
        <message>
            <source>Recount</source>
            <translation>Recompter</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Rechercher…</translation>
        </message>
        <message>
            <source>Not found…</source>
            <translation>Introuvable…</translation>
        </message>
        <message>
            <source>Search for the missing needles</source>
            <translation>Rechercher les aiguilles manquantes</translation>
        </message>
        <message>
            <source>Not found: record an adverse event</source>
            <translation>Introuvable : consigner un événement indésirable</translation>
        </message>
        <message>
            <source>Count the needles in the sharps container again and correct the counts.</source>
            <translation>Recomptez les aiguilles dans le contenant pour objets piquants et corrigez les décomptes.</translation>
        </message>
        <message>
            <source>Record the adverse event 'needle not accounted for' (after searching).</source>
            <translation>Consigner l'événement indésirable « aiguille non retrouvée » (après la recherche).</translation>
        </message>
        <message>
            <source>Action taken (required):</source>
            <translation>Mesure prise (obligatoire) :</translation>
        </message>
        <message>
            <source>Action taken (required)</source>
            <translation>Mesure prise (obligatoire)</translation>
        </message>
        <message>
            <source>For example: patient told and shown where to look; couch cover bagged.</source>
            <translation>Par exemple : patient informé et avisé des endroits où chercher; housse de table mise dans un sac.</translation>
        </message>
        <message>
            <source>Record adverse event</source>
            <translation>Consigner l'événement indésirable</translation>
        </message>
        <message numerus="yes">
            <source>All %n needle(s) out</source>
            <translation>
                <numerusform>Toutes les aiguilles retirées (%n)</numerusform>
                <numerusform>Toutes les %n aiguilles retirées</numerusform>
            </translation>
        </message>
        <message>
            <source>All accounted for: {out} out, {lost} recorded as not found</source>
            <translation>Toutes retrouvées : {out} retirées, {lost} consignées comme introuvables</translation>
        </message>
        <message>
            <source>{n} more out than in — recount</source>
            <translation>{n} de plus retirées qu'insérées — recomptez</translation>
        </message>
        <message>
            <source>{n} still in</source>
            <translation>Encore insérées : {n}</translation>
        </message>
        <message>
            <source>Count the needles in the sharps container again, and the points on the body. Correct In or Out with − and +.</source>
            <translation>Recomptez les aiguilles dans le contenant pour objets piquants, ainsi que les points sur le corps. Corrigez Insérées ou Retirées avec − et +.</translation>
        </message>
    </context>
    <context>
        <name>NewBookingDialog</name>
        <message>
            <source>New booking</source>
            <translation>Nouveau rendez-vous</translation>
        </message>
        <message>
            <source>Name or chart number, then Enter</source>
            <translation>Nom ou numéro de dossier, puis Entrée</translation>
        </message>
        <message>
            <source>F&amp;ind</source>
            <translation>Re&amp;chercher</translation>
        </message>
        <message>
            <source>&amp;Find patient</source>
            <translation>Rechercher un &amp;patient</translation>
        </message>
        <message>
            <source>Pat&amp;ient</source>
            <translation>Pat&amp;ient</translation>
        </message>
        <message>
            <source>&amp;Books session</source>
            <translation>Séance de la &amp;série</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Durée</translation>
        </message>
        <message>
            <source>&amp;Room</source>
            <translation>Sa&amp;lle</translation>
        </message>
        <message>
            <source>&amp;Book</source>
            <translation>&amp;Réserver</translation>
        </message>
        <message>
            <source>Patient: nobody found for what is typed.</source>
            <translation>Patient : personne ne correspond à la saisie.</translation>
        </message>
        <message>
            <source>Patient: search and choose who is booked.</source>
            <translation>Patient : recherchez et choisissez la personne à inscrire.</translation>
        </message>
        <message>
            <source>Practitioner: the clinic has no active practitioner.</source>
            <translation>Praticien : la clinique n'a aucun praticien actif.</translation>
        </message>
        <message>
            <source>None (not a course session)</source>
            <translation>Aucune (pas une séance de série)</translation>
        </message>
    </context>
    <context>
        <name>NoneOfTheseButton</name>
        <message>
            <source>None of these (all No)</source>
            <translation>Aucun (tous Non)</translation>
        </message>
        <message>
            <source>Answer No to every question of this group (Space)</source>
            <translation>Répondre Non à toutes les questions de ce groupe (Espace)</translation>
        </message>
        <message>
            <source>A question is answered Yes: change the answers one by one.</source>
            <translation>Une question a la réponse Oui : modifiez les réponses une à une.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeEntryDialog</name>
        <message>
            <source>Record scores</source>
            <translation>Consigner les scores</translation>
        </message>
        <message>
            <source>Scores taken</source>
            <translation>Scores recueillis</translation>
        </message>
        <message>
            <source>&amp;Pain now (0–10)</source>
            <translation>&amp;Douleur actuelle (0–10)</translation>
        </message>
        <message>
            <source>P — a&amp;verage pain in the past week</source>
            <translation>P — douleur &amp;moyenne au cours de la dernière semaine</translation>
        </message>
        <message>
            <source>E — pain's interference with &amp;enjoyment of life</source>
            <translation>E — interférence de la douleur avec le &amp;plaisir de vivre</translation>
        </message>
        <message>
            <source>G — pain's interference with &amp;general activity</source>
            <translation>G — interférence de la douleur avec l'activité &amp;générale</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Recueillis le</translation>
        </message>
        <message>
            <source>PEG-3</source>
            <translation>PEG-3</translation>
        </message>
        <message>
            <source>Pain now, the three PEG items, or both. 0 = no pain or no interference.</source>
            <translation>Douleur actuelle, les trois items PEG, ou les deux. 0 = aucune douleur ou aucune interférence.</translation>
        </message>
        <message>
            <source>— (the mean of P, E and G)</source>
            <translation>— (moyenne de P, E et G)</translation>
        </message>
    </context>
    <context>
        <name>PainRegionList</name>
        <message>
            <source>Regions where it hurts</source>
            <translation>Régions douloureuses</translation>
        </message>
        <message>
            <source>Regions where the pain spreads</source>
            <translation>Régions où la douleur irradie</translation>
        </message>
    </context>
    <context>
        <name>PainSection</name>
        <message>
            <source>Pain now (0–10)</source>
            <translation>Douleur actuelle (0–10)</translation>
        </message>
        <message>
            <source>Worst this week</source>
            <translation>Pire douleur cette semaine</translation>
        </message>
        <message>
            <source>Average this week</source>
            <translation>Moyenne cette semaine</translation>
        </message>
        <message>
            <source>Average pain, past week</source>
            <translation>Douleur moyenne, semaine passée</translation>
        </message>
        <message>
            <source>Interfered with enjoyment of life</source>
            <translation>Interférence avec le plaisir de vivre</translation>
        </message>
        <message>
            <source>Interfered with general activity</source>
            <translation>Interférence avec les activités générales</translation>
        </message>
        <message>
            <source>PEG score</source>
            <translation>Score PEG</translation>
        </message>
        <message>
            <source>PEG-3 (optional: all three or none)</source>
            <translation>PEG-3 (facultatif : les trois ou aucun)</translation>
        </message>
        <message>
            <source>{mean:.1f} of 10</source>
            <translation>{mean:.1f} sur 10</translation>
        </message>
        <message>
            <source>answer all three</source>
            <translation>répondez aux trois</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>PairRow</name>
        <message>
            <source>Electroacupuncture pair {n}</source>
            <translation>Paire d'électroacupuncture {n}</translation>
        </message>
        <message>
            <source>first</source>
            <translation>première</translation>
        </message>
        <message>
            <source>second</source>
            <translation>deuxième</translation>
        </message>
        <message>
            <source>Pair {n}: side of the {end} lead</source>
            <translation>Paire {n} : côté de la {end} électrode</translation>
        </message>
        <message>
            <source>At a point needled on both sides: the needle this lead clips to. A current from left to right across the chest is not allowed.</source>
            <translation>Pour un point piqué des deux côtés : l'aiguille à laquelle cette électrode est pincée. Un courant de gauche à droite traversant le thorax n'est pas permis.</translation>
        </message>
        <message>
            <source>Pair {n}: frequency in Hz</source>
            <translation>Paire {n} : fréquence en Hz</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Pair {n}: pulse width</source>
            <translation>Paire {n} : largeur d'impulsion</translation>
        </message>
        <message>
            <source>Intensity, e.g. comfortable tingling</source>
            <translation>Intensité, p. ex. picotement confortable</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Remove pair {n}</source>
            <translation>Retirer la paire {n}</translation>
        </message>
        <message>
            <source>Pair {n}: first point</source>
            <translation>Paire {n} : premier point</translation>
        </message>
        <message>
            <source>Pair {n}: second point</source>
            <translation>Paire {n} : deuxième point</translation>
        </message>
        <message>
            <source>Pair {n}: mode</source>
            <translation>Paire {n} : mode</translation>
        </message>
        <message>
            <source>Pair {n}: intensity</source>
            <translation>Paire {n} : intensité</translation>
        </message>
        <message>
            <source>Pair {n}: minutes</source>
            <translation>Paire {n} : minutes</translation>
        </message>
        <message>
            <source>Hz</source>
            <translation>Hz</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Réinitialiser le mot de passe</translation>
        </message>
        <message>
            <source>A new password for {user}. Tell them in person; it is not shown again.</source>
            <translation>Nouveau mot de passe pour {user}. Communiquez-le en personne; il ne sera plus affiché.</translation>
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation>au moins {n} caractères</translation>
        </message>
        <message>
            <source>New &amp;password</source>
            <translation>Nouveau &amp;mot de passe</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>Con&amp;firmer le mot de passe</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Définir le mot de passe</translation>
        </message>
    </context>
    <context>
        <name>PatientActions</name>
        <message>
            <source>&amp;New patient…</source>
            <translation>&amp;Nouveau patient…</translation>
        </message>
        <message>
            <source>Register a new patient (Ctrl+N)</source>
            <translation>Inscrire un nouveau patient (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation>&amp;Modifier les renseignements…</translation>
        </message>
        <message>
            <source>Edit the patient's details, or archive them (F2)</source>
            <translation>Modifier les renseignements du patient ou l'archiver (F2)</translation>
        </message>
        <message>
            <source>&amp;Intake…</source>
            <translation>&amp;Évaluation…</translation>
        </message>
        <message>
            <source>The latest intake, to read or edit — or the first one (Ctrl+I)</source>
            <translation>La dernière évaluation, à consulter ou à modifier — ou la première (Ctrl+I)</translation>
        </message>
        <message>
            <source>New &amp;re-assessment…</source>
            <translation>Nouvelle &amp;réévaluation…</translation>
        </message>
        <message>
            <source>A new intake for today, copied from the latest one</source>
            <translation>Une nouvelle évaluation datée d'aujourd'hui, copiée de la dernière</translation>
        </message>
        <message>
            <source>&amp;Documents…</source>
            <translation>&amp;Documents…</translation>
        </message>
        <message>
            <source>Take-home sheets, receipts and reports: preview, print, save</source>
            <translation>Fiches remises au patient, reçus et rapports : aperçu, impression, enregistrement</translation>
        </message>
        <message>
            <source>Start &amp;course…</source>
            <translation>&amp;Commencer une série…</translation>
        </message>
        <message>
            <source>A new course from the latest intake (Ctrl+Shift+C)</source>
            <translation>Une nouvelle série de traitements à partir de la dernière évaluation (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>&amp;Plan…</source>
            <translation>&amp;Plan…</translation>
        </message>
        <message>
            <source>The treatment plan of the open course (Ctrl+Shift+P)</source>
            <translation>Le plan de traitement de la série en cours (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Today's &amp;session…</source>
            <translation>&amp;Séance du jour…</translation>
        </message>
        <message>
            <source>Record today's session of the open course (Ctrl+T)</source>
            <translation>Consigner la séance du jour de la série en cours (Ctrl+T)</translation>
        </message>
        <message>
            <source>Course re&amp;view…</source>
            <translation>&amp;Bilan de la série…</translation>
        </message>
        <message>
            <source>Decide at a review point: continue, adjust, extend, discharge, refer</source>
            <translation>Décider lors d'un bilan : poursuivre, ajuster, prolonger, donner congé, orienter</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <source>Archived: this patient is not shown in the patient list.</source>
            <translation>Archivé : ce patient n'apparaît pas dans la liste des patients.</translation>
        </message>
        <message>
            <source>&amp;Register patient</source>
            <translation>&amp;Inscrire le patient</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <source>New patient</source>
            <translation>Nouveau patient</translation>
        </message>
        <message>
            <source>Edit patient — chart {chart}</source>
            <translation>Modifier le patient — dossier {chart}</translation>
        </message>
        <message>
            <source>Edit patient</source>
            <translation>Modifier le patient</translation>
        </message>
        <message>
            <source>Unarch&amp;ive patient</source>
            <translation>&amp;Désarchiver le patient</translation>
        </message>
        <message>
            <source>Arch&amp;ive patient</source>
            <translation>&amp;Archiver le patient</translation>
        </message>
    </context>
    <context>
        <name>PatientFormWidget</name>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Birth and sex</source>
            <translation>Naissance et sexe</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contact en cas d'urgence</translation>
        </message>
        <message>
            <source>Referring physician</source>
            <translation>Médecin référent</translation>
        </message>
        <message>
            <source>Insurance (optional)</source>
            <translation>Assurance (facultatif)</translation>
        </message>
        <message>
            <source>&amp;Given name</source>
            <translation>&amp;Prénom</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>Nom de &amp;famille</translation>
        </message>
        <message>
            <source>&amp;Preferred name</source>
            <translation>Nom &amp;usuel</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>Date de &amp;naissance</translation>
        </message>
        <message>
            <source>Se&amp;x</source>
            <translation>&amp;Sexe</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>e.g. +44 7700 900123</source>
            <translation>p. ex. +1 514 555-0123</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nom@example.org</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation>No&amp;m</translation>
        </message>
        <message>
            <source>Pho&amp;ne</source>
            <translation>Tél&amp;éphone</translation>
        </message>
        <message>
            <source>Ph&amp;ysician</source>
            <translation>Méd&amp;ecin</translation>
        </message>
        <message>
            <source>&amp;Clinic</source>
            <translation>Cl&amp;inique</translation>
        </message>
        <message>
            <source>Fax or emai&amp;l</source>
            <translation>Télécopieur ou courrie&amp;l</translation>
        </message>
        <message>
            <source>Pro&amp;vider</source>
            <translation>Assu&amp;reur</translation>
        </message>
        <message>
            <source>Plan or policy n&amp;o.</source>
            <translation>N° de contrat ou de p&amp;olice</translation>
        </message>
        <message>
            <source>not a date yet</source>
            <translation>date incomplète</translation>
        </message>
        <message>
            <source>in the future</source>
            <translation>dans le futur</translation>
        </message>
        <message numerus="yes">
            <source>aged %n</source>
            <translation>
                <numerusform>%n an</numerusform>
                <numerusform>%n ans</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PatientListWidget</name>
        <message>
            <source>Search name, phone, date of birth (YYYY-MM-DD) or chart no.</source>
            <translation>Rechercher par nom, téléphone, date de naissance (AAAA-MM-JJ) ou n° de dossier</translation>
        </message>
        <message>
            <source>Search patients</source>
            <translation>Rechercher des patients</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>Afficher les a&amp;rchivés</translation>
        </message>
        <message>
            <source>Archived patients are left out of the list unless this is ticked</source>
            <translation>Les patients archivés sont exclus de la liste si cette case n'est pas cochée</translation>
        </message>
        <message>
            <source>more than {shown:,} of {total:,} patients</source>
            <translation>plus de {shown:,} patients sur {total:,}</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n patient(s)</source>
            <translation>
                <numerusform>{shown} sur %n patient</numerusform>
                <numerusform>{shown} sur %n patients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n patient(s)</source>
            <translation>
                <numerusform>%n patient</numerusform>
                <numerusform>%n patients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PatientOverviewWidget</name>
        <message>
            <source>No patient selected.

Find a patient in the list — type part of a name, a phone number, a date of birth or a chart number — and press Enter.</source>
            <translation>Aucun patient sélectionné.

Trouvez un patient dans la liste — tapez une partie d'un nom, un numéro de téléphone, une date de naissance ou un numéro de dossier — puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <source>Who opened this record?</source>
            <translation>Qui a ouvert ce dossier?</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Séries de traitements</translation>
        </message>
        <message>
            <source>Start a course…</source>
            <translation>Commencer une série…</translation>
        </message>
        <message>
            <source>A new course from the latest intake</source>
            <translation>Une nouvelle série de traitements à partir de la dernière évaluation</translation>
        </message>
        <message>
            <source>No courses yet.</source>
            <translation>Aucune série de traitements pour l'instant.</translation>
        </message>
        <message>
            <source>Your role does not open patient records.</source>
            <translation>Votre rôle ne permet pas d'ouvrir les dossiers des patients.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Nom usuel</translation>
        </message>
        <message>
            <source>Chart no.</source>
            <translation>N° de dossier</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contact en cas d'urgence</translation>
        </message>
        <message>
            <source>Referring physician</source>
            <translation>Médecin référent</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <source>Chart no. {chart}</source>
            <translation>Dossier n° {chart}</translation>
        </message>
        <message>
            <source>age {age}</source>
            <translation>âge : {age}</translation>
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <source>(no longer available)</source>
            <translation>(plus disponible)</translation>
        </message>
        <message>
            <source>Chart no.</source>
            <translation>N° de dossier</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Date of birth (age)</source>
            <translation>Date de naissance (âge)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archivé)</translation>
        </message>
        <message>
            <source>{date} ({age})</source>
            <translation>{date} ({age})</translation>
        </message>
    </context>
    <context>
        <name>PatternBox</name>
        <message>
            <source>optional: choose a pattern or type one, e.g. Liver Qi stagnation</source>
            <translation>facultatif : choisissez un syndrome ou tapez-le, p. ex. stagnation du Qi du Foie</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Syndrome</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Dû</translation>
        </message>
        <message>
            <source>Pay now</source>
            <translation>Payer maintenant</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Payé le</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>Sessions: fee, paid, due and pay now</source>
            <translation>Séances : tarif, payé, dû et à payer maintenant</translation>
        </message>
        <message>
            <source>Payments and refunds</source>
            <translation>Paiements et remboursements</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Mode de paiement</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>R&amp;eference</source>
            <translation>&amp;Référence</translation>
        </message>
        <message>
            <source>&amp;Take payment</source>
            <translation>&amp;Encaisser le paiement</translation>
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation>Rem&amp;bourser…</translation>
        </message>
        <message>
            <source>Fee of {label}</source>
            <translation>Tarif — {label}</translation>
        </message>
        <message>
            <source>Pay now on {label}</source>
            <translation>À payer maintenant — {label}</translation>
        </message>
        <message>
            <source>Total paid now: {total}</source>
            <translation>Total payé maintenant : {total}</translation>
        </message>
    </context>
    <context>
        <name>PickingOutline</name>
        <message>
            <source>Body outline with the points</source>
            <translation>Silhouette du corps avec les points</translation>
        </message>
    </context>
    <context>
        <name>PlanEditorWindow</name>
        <message>
            <source>Plan — {name}[*]</source>
            <translation>Plan — {name}[*]</translation>
        </message>
        <message>
            <source>Treatment plan — {name}</source>
            <translation>Plan de traitement — {name}</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Rationale (why these points and methods)</source>
            <translation>Justification (pourquoi ces points et ces méthodes)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>&amp;Enregistrer le plan</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <source>the last session</source>
            <translation>la dernière séance</translation>
        </message>
        <message>
            <source>Started from {source} (not saved yet). Changed from the plan: {changes}.</source>
            <translation>Créé à partir de {source} (pas encore enregistré). Modifications par rapport au plan : {changes}.</translation>
        </message>
        <message>
            <source>Left out (no consent): {names}.</source>
            <translation>Exclus (aucun consentement) : {names}.</translation>
        </message>
        <message>
            <source>Plan saved at {time}.</source>
            <translation>Plan enregistré à {time}.</translation>
        </message>
    </context>
    <context>
        <name>PointPicker</name>
        <message>
            <source>1 Region</source>
            <translation>1 Région</translation>
        </message>
        <message>
            <source>2 Template</source>
            <translation>2 Modèle</translation>
        </message>
        <message>
            <source>3 Search</source>
            <translation>3 Recherche</translation>
        </message>
        <message>
            <source>4 Body</source>
            <translation>4 Corps</translation>
        </message>
        <message>
            <source>Choose points</source>
            <translation>Choisir les points</translation>
        </message>
        <message>
            <source>Alt+{n}</source>
            <translation>Alt+{n}</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <source>Points of the region</source>
            <translation>Points de la région</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>&amp;Use this template</source>
            <translation>&amp;Utiliser ce modèle</translation>
        </message>
        <message>
            <source>Repeat &amp;last session</source>
            <translation>Répéter la &amp;dernière séance</translation>
        </message>
        <message>
            <source>Save plan as &amp;template…</source>
            <translation>Enregistrer le plan comme &amp;modèle…</translation>
        </message>
        <message>
            <source>Code, pinyin, English or 汉字 — e.g. BL23, shenshu</source>
            <translation>Code, pinyin, anglais ou 汉字 — p. ex. BL23, shenshu</translation>
        </message>
        <message>
            <source>Search points</source>
            <translation>Rechercher des points</translation>
        </message>
        <message>
            <source>Points found</source>
            <translation>Points trouvés</translation>
        </message>
        <message>
            <source>protocol</source>
            <translation>protocole</translation>
        </message>
        <message>
            <source>clinic template</source>
            <translation>modèle de la clinique</translation>
        </message>
        <message>
            <source>Depth: {hint}.</source>
            <translation>Profondeur : {hint}.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Français</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Documents folder</source>
            <translation>Dossier des documents</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Your Documents folder</source>
            <translation>Votre dossier Documents</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Choose the documents folder</source>
            <translation>Choisir le dossier des documents</translation>
        </message>
        <message>
            <source>Date format</source>
            <translation>Format de date</translation>
        </message>
        <message>
            <source>ISO 8601 ({day})</source>
            <translation>ISO 8601 ({day})</translation>
        </message>
        <message>
            <source>In words ({day})</source>
            <translation>En toutes lettres ({day})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Documents folder:</source>
            <translation>&amp;Dossier des documents :</translation>
        </message>
        <message>
            <source>Save as… opens here, then in the folder you last saved to.</source>
            <translation>« Enregistrer sous… » s'ouvre ici, puis dans le dernier dossier où vous avez enregistré.</translation>
        </message>
        <message>
            <source>Date &amp;format:</source>
            <translation>&amp;Format de date :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>The date format applies at once; the language, the next time AcuPlanner starts.</source>
            <translation>Le format de date s'applique immédiatement; la langue, au prochain démarrage d'AcuPlanner.</translation>
        </message>
        <message>
            <source>&amp;Clinic settings…</source>
            <translation>Paramètres de la &amp;clinique…</translation>
        </message>
        <message>
            <source>Appointment lengths, opening hours and the clinic's other settings</source>
            <translation>Durée des rendez-vous, heures d'ouverture et autres paramètres de la clinique</translation>
        </message>
        <message>
            <source>Appointment lengths and opening hours are the clinic's settings:</source>
            <translation>La durée des rendez-vous et les heures d'ouverture sont des paramètres de la clinique :</translation>
        </message>
        <message>
            <source>There is no folder {path}.</source>
            <translation>Le dossier {path} n'existe pas.</translation>
        </message>
        <message>
            <source>The preferences could not be saved (see the log).</source>
            <translation>Les préférences n'ont pas pu être enregistrées (voir le journal).</translation>
        </message>
    </context>
    <context>
        <name>ProgressSection</name>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Larger chart…</source>
            <translation>Graphique agrandi…</translation>
        </message>
        <message>
            <source>Record scores…</source>
            <translation>Consigner les scores…</translation>
        </message>
        <message>
            <source>Pain now and the PEG-3 before a session, or at the review or discharge</source>
            <translation>Douleur actuelle et PEG-3 avant une séance, ou au bilan ou au congé</translation>
        </message>
    </context>
    <context>
        <name>RangeRow</name>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Show &amp;receipt</source>
            <translation>Afficher le &amp;reçu</translation>
        </message>
        <message>
            <source>Receipt for a date range</source>
            <translation>Reçu pour une période</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
    </context>
    <context>
        <name>ReconcileBox</name>
        <message>
            <source>Answer Yes</source>
            <translation>Répondre Oui</translation>
        </message>
        <message>
            <source>Or keep No: why (at least {n} characters)</source>
            <translation>Ou garder Non : pourquoi (au moins {n} caractères)</translation>
        </message>
        <message>
            <source>Why the answer stays No</source>
            <translation>Pourquoi la réponse reste Non</translation>
        </message>
        <message>
            <source>The medication list names {names}. Change the answer to Yes, or keep No and say why.</source>
            <translation>La liste des médicaments mentionne {names}. Changez la réponse pour Oui, ou gardez Non et expliquez pourquoi.</translation>
        </message>
    </context>
    <context>
        <name>RedFlagSection</name>
        <message>
            <source>None of these (all No): red flags</source>
            <translation>Aucun de ceux-ci (tous Non) : signaux d'alarme</translation>
        </message>
        <message>
            <source>A yes is an emergency, same day.</source>
            <translation>Un oui signifie une urgence, le jour même.</translation>
        </message>
        <message>
            <source>A yes means a routine referral; treatment may go on.</source>
            <translation>Un oui signifie une orientation de routine; le traitement peut continuer.</translation>
        </message>
        <message>
            <source>Under 20: back pain at this age is itself a red flag — refer, or record a doctor's clearance below.</source>
            <translation>Moins de 20 ans : une douleur au dos à cet âge est en soi un signal d'alarme — orientez le patient, ou consignez ci-dessous l'autorisation d'un médecin.</translation>
        </message>
        <message>
            <source>Cleared by a doctor (recorded once; the flag then no longer stops treatment):</source>
            <translation>Autorisé par un médecin (consigné une seule fois; le signal n'empêche alors plus le traitement) :</translation>
        </message>
        <message>
            <source>What the patient was told and where they were sent</source>
            <translation>Ce qui a été dit au patient et vers qui il a été orienté</translation>
        </message>
        <message>
            <source>Advice given *</source>
            <translation>Conseils donnés *</translation>
        </message>
        <message>
            <source>Who consented, and when</source>
            <translation>Qui a consenti, et quand</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>Conseils donnés</translation>
        </message>
        <message>
            <source>Parent's or &amp;guardian's consent *</source>
            <translation>Consentement du parent ou du &amp;tuteur *</translation>
        </message>
        <message>
            <source>Not answered yet ({count}){names}. An unanswered question is not a no: the first plan of a course needs an answer to each, or a written reason.</source>
            <translation>Sans réponse pour l'instant ({count}){names}. Une question sans réponse n'est pas un non : le premier plan d'une série exige une réponse à chacune, ou une raison écrite.</translation>
        </message>
    </context>
    <context>
        <name>ReferBox</name>
        <message>
            <source>Refer before treating — the intake says do not treat</source>
            <translation>Orienter avant de traiter — l'évaluation indique de ne pas traiter</translation>
        </message>
        <message>
            <source>&amp;Override: start the course anyway (recorded with your name and the time)</source>
            <translation>&amp;Passer outre : commencer la série quand même (consigné avec votre nom et l'heure)</translation>
        </message>
        <message>
            <source>Why treat despite the red flag (at least {n} characters)</source>
            <translation>Pourquoi traiter malgré le signal d'alarme (au moins {n} caractères)</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Motif de la dérogation</translation>
        </message>
        <message>
            <source>Your role may not override this finding; a practitioner can.</source>
            <translation>Votre rôle ne permet pas de passer outre à ce constat; un praticien le peut.</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>Refund</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Séance</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Montant</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>M&amp;ode de paiement</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>Mo&amp;tif</translation>
        </message>
        <message>
            <source>R&amp;eference</source>
            <translation>Ré&amp;férence</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Rembourser</translation>
        </message>
        <message>
            <source>Nothing was paid that could be refunded.</source>
            <translation>Aucun paiement ne peut être remboursé.</translation>
        </message>
        <message>
            <source>{label} — {day}: {amount} paid</source>
            <translation>{label} — {day} : {amount} payé</translation>
        </message>
    </context>
    <context>
        <name>ReviewCard</name>
        <message>
            <source>Record the review…</source>
            <translation>Consigner le bilan…</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Course review — {name}</source>
            <translation>Bilan de la série — {name}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>e.g. the patient's GP, a spinal surgeon</source>
            <translation>p. ex. le médecin de famille du patient, un chirurgien du rachis</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>How &amp;many</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Discharge &amp;because</source>
            <translation>Motif du &amp;congé</translation>
        </message>
        <message>
            <source>Refer &amp;to</source>
            <translation>Orienter &amp;vers</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Pourquoi</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <source>Record d&amp;ecision</source>
            <translation>Consigner la &amp;décision</translation>
        </message>
    </context>
    <context>
        <name>RoomBoard</name>
        <message>
            <source>That session is no longer in the treatment room.</source>
            <translation>Cette séance n'est plus dans la salle de traitement.</translation>
        </message>
        <message>
            <source>Every needle is accounted for and the counts are in the session record, but it cannot be signed yet: {why} Complete it in the session screen.</source>
            <translation>Toutes les aiguilles sont comptées et les décomptes figurent dans le dossier de la séance, mais celle-ci ne peut pas encore être signée : {why} Complétez-la dans l'écran de la séance.</translation>
        </message>
    </context>
    <context>
        <name>RoomWindow</name>
        <message>
            <source>Treatment room</source>
            <translation>Salle de traitement</translation>
        </message>
        <message>
            <source>Silent</source>
            <translation>Silencieux</translation>
        </message>
        <message>
            <source>No sound when a timer ends; it still turns red.</source>
            <translation>Aucun son à la fin d'une minuterie; elle devient quand même rouge.</translation>
        </message>
        <message>
            <source>Close — timers keep running</source>
            <translation>Fermer — les minuteries continuent</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>No timed technique in this treatment.</source>
            <translation>Aucune technique minutée dans ce traitement.</translation>
        </message>
        <message>
            <source>Finish — all needles out</source>
            <translation>Terminer — toutes les aiguilles retirées</translation>
        </message>
        <message>
            <source>Sign session</source>
            <translation>Signer la séance</translation>
        </message>
        <message>
            <source>Points, timers and needles</source>
            <translation>Points, minuteries et aiguilles</translation>
        </message>
        <message>
            <source>{label} · in the room since {time}</source>
            <translation>{label} · dans la salle depuis {time}</translation>
        </message>
        <message>
            <source>Every needle must be out or accounted for first (out = in).</source>
            <translation>Toutes les aiguilles doivent d'abord être retirées ou comptées (retirées = insérées).</translation>
        </message>
        <message>
            <source>No points recorded yet.</source>
            <translation>Aucun point consigné pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>RoomsPanel</name>
        <message>
            <source>Treatment rooms</source>
            <translation>Salles de traitement</translation>
        </message>
        <message>
            <source>Room name</source>
            <translation>Nom de la salle</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>&amp;Renommer</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Mettre hors service</translation>
        </message>
        <message>
            <source>Bring &amp;back</source>
            <translation>Remettre en &amp;service</translation>
        </message>
        <message>
            <source>Book in this retired room again</source>
            <translation>Permettre de nouveau les rendez-vous dans cette salle hors service</translation>
        </message>
        <message>
            <source>Room changes are saved at once. Retired rooms are kept.</source>
            <translation>Les modifications des salles sont enregistrées immédiatement. Les salles hors service sont conservées.</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (hors service)</translation>
        </message>
        <message>
            <source>Retire %1? No new appointments can be booked in it; past ones keep it.</source>
            <translation>Mettre %1 hors service? Aucun nouveau rendez-vous ne pourra y être fixé; les rendez-vous passés la conservent.</translation>
        </message>
        <message>
            <source>Retire room</source>
            <translation>Mettre la salle hors service</translation>
        </message>
    </context>
    <context>
        <name>RoutineRow</name>
        <message>
            <source>Nothing new</source>
            <translation>Rien de nouveau</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>All &amp;out</source>
            <translation>T&amp;outes retirées</translation>
        </message>
        <message>
            <source>Every needle put in is out (Alt+O)</source>
            <translation>Toutes les aiguilles insérées sont retirées (Alt+O)</translation>
        </message>
        <message>
            <source>All needles out</source>
            <translation>Toutes les aiguilles retirées</translation>
        </message>
        <message>
            <source>Pain &amp;before</source>
            <translation>Douleur &amp;avant</translation>
        </message>
        <message>
            <source>Anything &amp;new since last time?</source>
            <translation>Du &amp;nouveau depuis la dernière fois?</translation>
        </message>
        <message>
            <source>Needles o&amp;ut</source>
            <translation>Aiguilles &amp;retirées</translation>
        </message>
        <message>
            <source>Pain &amp;after</source>
            <translation>Douleur a&amp;près</translation>
        </message>
        <message>
            <source>Needles &amp;in</source>
            <translation>Aiguilles &amp;insérées</translation>
        </message>
    </context>
    <context>
        <name>SafetyBadges</name>
        <message>
            <source>No intake yet.</source>
            <translation>Aucune évaluation pour l'instant.</translation>
        </message>
        <message>
            <source>{finding} — overridden by {by}, {when}</source>
            <translation>{finding} — dérogation par {by}, {when}</translation>
        </message>
        <message>
            <source>No safety reminders from the latest intake.</source>
            <translation>Aucun rappel de sécurité issu de la dernière évaluation.</translation>
        </message>
    </context>
    <context>
        <name>SafetyBanner</name>
        <message>
            <source>Emergency — same day</source>
            <translation>Urgence — le jour même</translation>
        </message>
        <message>
            <source>Refer before treating: do not treat. Send the patient to the emergency department today.</source>
            <translation>Orienter avant de traiter : ne pas traiter. Dirigez le patient vers l'urgence aujourd'hui.</translation>
        </message>
        <message>
            <source>Refer before treating</source>
            <translation>Orienter avant de traiter</translation>
        </message>
        <message>
            <source>Do not treat. Refer the patient for medical assessment before any treatment.</source>
            <translation>Ne pas traiter. Orientez le patient vers une évaluation médicale avant tout traitement.</translation>
        </message>
        <message>
            <source>Overridden — a course goes ahead despite this:</source>
            <translation>Dérogation — une série a lieu malgré ceci :</translation>
        </message>
        <message>
            <source>• {by}, {when}, for the course from {start}: “{reason}” ({what})</source>
            <translation>• {by}, {when}, pour la série commençant le {start} : « {reason} » ({what})</translation>
        </message>
        <message>
            <source>unknown user</source>
            <translation>utilisateur inconnu</translation>
        </message>
    </context>
    <context>
        <name>SafetyPanel</name>
        <message>
            <source>Safety</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Safety findings</source>
            <translation>Constats de sécurité</translation>
        </message>
        <message>
            <source>No safety findings for this treatment.</source>
            <translation>Aucun constat de sécurité pour ce traitement.</translation>
        </message>
        <message>
            <source>{n} of {total} findings still needs your attention.</source>
            <translation>{n} constat sur {total} requiert encore votre attention.</translation>
        </message>
        <message>
            <source>{n} of {total} findings still need your attention.</source>
            <translation>{n} constats sur {total} requièrent encore votre attention.</translation>
        </message>
        <message>
            <source>Every finding is acknowledged or overridden.</source>
            <translation>Tous les constats ont été pris en compte ou ont fait l'objet d'une dérogation.</translation>
        </message>
    </context>
    <context>
        <name>SafetyRowWidget</name>
        <message>
            <source>Refer</source>
            <translation>Orienter</translation>
        </message>
        <message>
            <source>Do not use</source>
            <translation>Ne pas utiliser</translation>
        </message>
        <message>
            <source>Caution</source>
            <translation>Mise en garde</translation>
        </message>
        <message>
            <source>{kind}: {subject}</source>
            <translation>{kind} : {subject}</translation>
        </message>
        <message>
            <source>{subject} — {message}</source>
            <translation>{subject} — {message}</translation>
        </message>
        <message>
            <source>Override reason (at least {n} characters)</source>
            <translation>Motif de la dérogation (au moins {n} caractères)</translation>
        </message>
        <message>
            <source>Override reason: {finding}</source>
            <translation>Motif de la dérogation : {finding}</translation>
        </message>
        <message>
            <source>Read and acknowledged</source>
            <translation>Lu et pris en compte</translation>
        </message>
        <message>
            <source>Acknowledge: {finding}</source>
            <translation>Prendre en compte : {finding}</translation>
        </message>
        <message>
            <source>Acknowledged earlier by {who}, {when}</source>
            <translation>Pris en compte précédemment par {who}, {when}</translation>
        </message>
        <message>
            <source>Acknowledged earlier</source>
            <translation>Pris en compte précédemment</translation>
        </message>
        <message>
            <source>{done}. Why: “{reason}”</source>
            <translation>{done}. Motif : « {reason} »</translation>
        </message>
        <message>
            <source>Overridden earlier by {who}, {when}</source>
            <translation>Dérogation accordée précédemment par {who}, {when}</translation>
        </message>
        <message>
            <source>Overridden earlier</source>
            <translation>Dérogation accordée précédemment</translation>
        </message>
        <message>
            <source>Override reason given; it is audited when saved.</source>
            <translation>Motif de la dérogation fourni; il sera consigné au journal d'audit à l'enregistrement.</translation>
        </message>
        <message>
            <source>Needs a reason before saving.</source>
            <translation>Un motif est requis avant l'enregistrement.</translation>
        </message>
        <message>
            <source>a former user</source>
            <translation>un ancien utilisateur</translation>
        </message>
    </context>
    <context>
        <name>ScoreBox</name>
        <message>
            <source>not asked</source>
            <translation>non demandé</translation>
        </message>
    </context>
    <context>
        <name>SessionDetails</name>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Heure de début</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>Durée en minutes</translation>
        </message>
        <message>
            <source>e.g. 45.00</source>
            <translation>p. ex. 45.00</translation>
        </message>
        <message>
            <source>&amp;Date, time, length</source>
            <translation>&amp;Date, heure, durée</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Adverse events</source>
            <translation>Événements indésirables</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>&amp;Fee</source>
            <translation>&amp;Tarif</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Date de la séance</translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <source>Date: a real date as YYYY-MM-DD.</source>
            <translation>Date : une date valide au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>Time: hours and minutes as HH:MM, e.g. 09:30.</source>
            <translation>Heure : heures et minutes au format HH:MM, p. ex. 09:30.</translation>
        </message>
        <message>
            <source>Fee: an amount such as 45 or 45.00.</source>
            <translation>Tarif : un montant comme 45 ou 45.00.</translation>
        </message>
        <message>
            <source>the pain before treatment</source>
            <translation>la douleur avant le traitement</translation>
        </message>
        <message>
            <source>an answer to “Anything new?”</source>
            <translation>une réponse à « Du nouveau? »</translation>
        </message>
        <message>
            <source>what is new (or answer “nothing new”)</source>
            <translation>ce qui est nouveau (ou répondez « rien de nouveau »)</translation>
        </message>
        <message>
            <source>needles out ({out}) to equal needles in ({n})</source>
            <translation>aiguilles retirées ({out}) égales aux aiguilles insérées ({n})</translation>
        </message>
        <message numerus="yes">
            <source>an override reason for %n safety finding(s)</source>
            <translation>
                <numerusform>un motif de dérogation pour %n constat de sécurité</numerusform>
                <numerusform>un motif de dérogation pour %n constats de sécurité</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n caution(s) still to acknowledge</source>
            <translation>
                <numerusform>%n mise en garde encore à prendre en compte</numerusform>
                <numerusform>%n mises en garde encore à prendre en compte</numerusform>
            </translation>
        </message>
        <message>
            <source>No consent to {consent}.</source>
            <translation>Aucun consentement ({consent}).</translation>
        </message>
        <message>
            <source>To sign: {missing}.</source>
            <translation>Pour signer, il faut : {missing}.</translation>
        </message>
        <message>
            <source>This session cannot be changed.</source>
            <translation>Cette séance ne peut pas être modifiée.</translation>
        </message>
        <message>
            <source>Only a signed session is amended.</source>
            <translation>Seule une séance signée peut faire l'objet d'un addenda.</translation>
        </message>
        <message>
            <source>Changed from the course's plan: {changes}.</source>
            <translation>Modifications par rapport au plan de la série : {changes}.</translation>
        </message>
        <message>
            <source>The course's plan, as planned.</source>
            <translation>Le plan de la série, tel que prévu.</translation>
        </message>
        <message>
            <source>Changed since the last session (session {n}): {changes}.</source>
            <translation>Modifications depuis la dernière séance (séance {n}) : {changes}.</translation>
        </message>
        <message>
            <source>Same treatment as the last session (session {n}).</source>
            <translation>Même traitement qu'à la dernière séance (séance {n}).</translation>
        </message>
        <message>
            <source>Signed by {who} at {when} — read-only</source>
            <translation>Signée par {who}, {when} — lecture seule</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Draft — kept when you close; sign when complete</source>
            <translation>Brouillon — conservé à la fermeture; signez une fois terminé</translation>
        </message>
        <message>
            <source>Ready to sign (Ctrl+Enter).</source>
            <translation>Prête à être signée (Ctrl+Enter).</translation>
        </message>
        <message>
            <source>Session — {name}[*]</source>
            <translation>Séance — {name}[*]</translation>
        </message>
        <message>
            <source>Treatment given</source>
            <translation>Traitement donné</translation>
        </message>
        <message>
            <source>Details and safety</source>
            <translation>Détails et sécurité</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>&amp;Enregistrer le brouillon</translation>
        </message>
        <message>
            <source>Save the draft (Ctrl+S); it is kept if you close</source>
            <translation>Enregistrer le brouillon (Ctrl+S); il est conservé si vous fermez</translation>
        </message>
        <message>
            <source>Si&amp;gn session</source>
            <translation>&amp;Signer la séance</translation>
        </message>
        <message>
            <source>Save and sign (Ctrl+Enter); read-only afterwards</source>
            <translation>Enregistrer et signer (Ctrl+Enter); lecture seule ensuite</translation>
        </message>
        <message>
            <source>Add a&amp;mendment…</source>
            <translation>&amp;Ajouter un addenda…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>No session was opened.</source>
            <translation>Aucune séance n'a été ouverte.</translation>
        </message>
        <message>
            <source>{session} — {patient}</source>
            <translation>{session} — {patient}</translation>
        </message>
        <message>
            <source>{title} · {review_point}</source>
            <translation>{title} · {review_point}</translation>
        </message>
        <message>
            <source>{n} (points)</source>
            <translation>{n} (points)</translation>
        </message>
        <message>
            <source>Amendment by {author}, {when}:
{text}</source>
            <translation>Addenda de {author}, {when} :
{text}</translation>
        </message>
        <message>
            <source>No point matches “{text}”, or it is already in the list.</source>
            <translation>Aucun point ne correspond à « {text} », ou il figure déjà dans la liste.</translation>
        </message>
        <message>
            <source>Draft saved at {time}. {rest}</source>
            <translation>Brouillon enregistré à {time}. {rest}</translation>
        </message>
    </context>
    <context>
        <name>SignInController</name>
        <message>
            <source>Your password was changed.</source>
            <translation>Votre mot de passe a été changé.</translation>
        </message>
        <message>
            <source>Unsaved work behind a lock</source>
            <translation>Travail non enregistré derrière l'écran de verrouillage</translation>
        </message>
        <message>
            <source>{names} left work that is not saved behind the lock screen. Quitting AcuPlanner now discards it.

Ask them to sign in and save it first, or quit anyway.</source>
            <translation>Du travail non enregistré de {names} est resté derrière l'écran de verrouillage. Si vous quittez AcuPlanner maintenant, il sera perdu.

Demandez à la personne concernée de se connecter et de l'enregistrer d'abord, ou quittez quand même.</translation>
        </message>
        <message>
            <source>Quit and discard it</source>
            <translation>Quitter sans enregistrer</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>AcuPlanner — sign in</source>
            <translation>AcuPlanner — connexion</translation>
        </message>
        <message>
            <source>Sign in with your own user name and password.</source>
            <translation>Connectez-vous avec vos propres nom d'utilisateur et mot de passe.</translation>
        </message>
        <message>
            <source>DEMO DATABASE — fictional patients</source>
            <translation>BASE DE DONNÉES DE DÉMONSTRATION — patients fictifs</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>SignInForm</name>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Nom d'utilisateur</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Connexion en cours…</translation>
        </message>
        <message>
            <source>You can try again in {seconds} s.</source>
            <translation>Vous pourrez réessayer dans {seconds} s.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Vous pouvez réessayer maintenant.</translation>
        </message>
    </context>
    <context>
        <name>StartCourseDialog</name>
        <message>
            <source>Start a course — {name}</source>
            <translation>Commencer une série — {name}</translation>
        </message>
        <message>
            <source> sessions</source>
            <translation> séances</translation>
        </message>
        <message>
            <source>4–6 is the usual course; more than 6 needs a reason.</source>
            <translation>Une série compte habituellement de 4 à 6 séances; au-delà de 6, une justification est requise.</translation>
        </message>
        <message>
            <source>at session </source>
            <translation>à la séance </translation>
        </message>
        <message>
            <source>Plan template</source>
            <translation>Modèle de plan</translation>
        </message>
        <message>
            <source>&amp;Start on</source>
            <translation>&amp;Début le</translation>
        </message>
        <message>
            <source>&amp;Planned</source>
            <translation>Séances &amp;prévues</translation>
        </message>
        <message>
            <source>&amp;Reason for more</source>
            <translation>&amp;Motif du dépassement</translation>
        </message>
        <message>
            <source>&amp;Frequency</source>
            <translation>&amp;Fréquence</translation>
        </message>
        <message>
            <source>&amp;Mid-course review</source>
            <translation>&amp;Bilan de mi-parcours</translation>
        </message>
        <message>
            <source>Proposed &amp;dates</source>
            <translation>Da&amp;tes proposées</translation>
        </message>
        <message>
            <source>&amp;Goals (from the intake)</source>
            <translation>&amp;Objectifs (de l'évaluation)</translation>
        </message>
        <message>
            <source>&amp;Target pain</source>
            <translation>Douleur &amp;visée</translation>
        </message>
        <message>
            <source>Plan temp&amp;late</source>
            <translation>Modè&amp;le de plan</translation>
        </message>
        <message>
            <source>Start &amp;course</source>
            <translation>&amp;Commencer la série</translation>
        </message>
        <message>
            <source>— none: plan from scratch —</source>
            <translation>— aucun : plan à partir de zéro —</translation>
        </message>
        <message>
            <source>Suggested for the intake's pattern: {pattern}.</source>
            <translation>Suggéré pour le syndrome de l'évaluation : {pattern}.</translation>
        </message>
        <message>
            <source>No template is written for the intake's pattern ({pattern}).</source>
            <translation>Aucun modèle n'existe pour le syndrome de l'évaluation ({pattern}).</translation>
        </message>
        <message>
            <source>The intake records no TCM pattern.</source>
            <translation>L'évaluation ne mentionne aucun syndrome de MTC.</translation>
        </message>
        <message>
            <source>; final review at session {n}</source>
            <translation>; bilan final à la séance {n}</translation>
        </message>
        <message>
            <source>More than {n}: say why below.</source>
            <translation>Plus de {n} : indiquez pourquoi ci-dessous.</translation>
        </message>
    </context>
    <context>
        <name>StyleSection</name>
        <message>
            <source>— not recorded —</source>
            <translation>— non consigné —</translation>
        </message>
        <message>
            <source>optional, e.g. pale, thin white coat</source>
            <translation>facultatif, p. ex. pâle, enduit blanc mince</translation>
        </message>
        <message>
            <source>optional, e.g. wiry, slightly rapid</source>
            <translation>facultatif, p. ex. en corde, légèrement rapide</translation>
        </message>
        <message>
            <source>Style of acupuncture</source>
            <translation>Style d'acupuncture</translation>
        </message>
        <message>
            <source>Tongue</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Pulse</source>
            <translation>Pouls</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Syndrome</translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt en cours…</translation>
        </message>
    </context>
    <context>
        <name>TimerCard</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Seen — time is up</source>
            <translation>Vu — temps écoulé</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>{action} ({timer})</source>
            <translation>{action} ({timer})</translation>
        </message>
        <message>
            <source>Done — stopped at {time} after {ran} of {planned}</source>
            <translation>Terminé — arrêté à {time} après {ran} sur {planned}</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Non démarré</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Ends at {time}</source>
            <translation>Se termine à {time}</translation>
        </message>
        <message>
            <source>TIME IS UP</source>
            <translation>TEMPS ÉCOULÉ</translation>
        </message>
        <message>
            <source>Time is up — seen</source>
            <translation>Temps écoulé — vu</translation>
        </message>
    </context>
    <context>
        <name>TimerStrip</name>
        <message>
            <source>In the treatment room:</source>
            <translation>En salle de traitement :</translation>
        </message>
        <message>
            <source>Silent</source>
            <translation>Silencieux</translation>
        </message>
        <message>
            <source>No sound when a timer ends; it still turns red.</source>
            <translation>Aucun son à la fin d'une minuterie; elle devient quand même rouge.</translation>
        </message>
        <message>
            <source>{room} — unfinished, open to finish</source>
            <translation>{room} — inachevée, ouvrir pour terminer</translation>
        </message>
        <message>
            <source>Open the treatment room view ({label})</source>
            <translation>Ouvrir la vue de la salle de traitement ({label})</translation>
        </message>
    </context>
    <context>
        <name>TodayList</name>
        <message>
            <source>Today's patients</source>
            <translation>Patients du jour</translation>
        </message>
        <message>
            <source>Today, {day}</source>
            <translation>Aujourd'hui, {day}</translation>
        </message>
        <message>
            <source>Today's appointments by time</source>
            <translation>Rendez-vous du jour par heure</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>No appointments today.</source>
            <translation>Aucun rendez-vous aujourd'hui.</translation>
        </message>
    </context>
    <context>
        <name>TreatmentActions</name>
        <message>
            <source>Treatment &amp;room…</source>
            <translation>&amp;Salle de traitement…</translation>
        </message>
        <message>
            <source>Full-screen room view of this patient's session: timers and needles (F9)</source>
            <translation>Vue plein écran de la séance de ce patient en salle : minuteries et aiguilles (F9)</translation>
        </message>
        <message>
            <source>Course &amp;progress…</source>
            <translation>&amp;Progression de la série…</translation>
        </message>
        <message>
            <source>The current course's pain chart, large and printable</source>
            <translation>Graphique de la douleur de la série en cours, agrandi et imprimable</translation>
        </message>
        <message>
            <source>&amp;Clinic progress…</source>
            <translation>Progression de la &amp;clinique…</translation>
        </message>
        <message>
            <source>Active courses, reviews due, overdue sessions, improvement</source>
            <translation>Séries actives, bilans à faire, séances en retard, amélioration</translation>
        </message>
        <message>
            <source>&amp;Today's patients…</source>
            <translation>Patients du &amp;jour…</translation>
        </message>
        <message>
            <source>Your appointments of today by time</source>
            <translation>Vos rendez-vous d'aujourd'hui par heure</translation>
        </message>
        <message>
            <source>&amp;Treatment</source>
            <translation>&amp;Traitement</translation>
        </message>
        <message>
            <source>1 session was left in the treatment room: it is in the strip at the top. Open it to finish it.</source>
            <translation>1 séance a été laissée en salle de traitement : elle se trouve dans la bande du haut. Ouvrez-la pour la terminer.</translation>
        </message>
        <message>
            <source>{n} sessions were left in the treatment room: they are in the strip at the top. Open each to finish it.</source>
            <translation>{n} séances ont été laissées en salle de traitement : elles se trouvent dans la bande du haut. Ouvrez chacune pour la terminer.</translation>
        </message>
        <message>
            <source>Treatment room</source>
            <translation>Salle de traitement</translation>
        </message>
        <message>
            <source>The session could not be opened.</source>
            <translation>La séance n'a pas pu être ouverte.</translation>
        </message>
        <message>
            <source>Timers are running</source>
            <translation>Des minuteries sont en cours</translation>
        </message>
        <message>
            <source>Timers are still running for: {rooms}.

They are saved: when you sign in again they carry on from the time they started, and any that ended meanwhile alert at once. But nothing alerts while AcuPlanner is closed.</source>
            <translation>Des minuteries sont encore en cours pour : {rooms}.

Elles sont enregistrées : quand vous vous reconnecterez, elles reprendront à partir de leur heure de départ, et celles qui se sont terminées entre-temps déclencheront aussitôt une alerte. Mais aucune alerte n'est émise tant qu'AcuPlanner est fermé.</translation>
        </message>
        <message>
            <source>Course progress</source>
            <translation>Progression de la série</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <translation>Pas encore signée</translation>
        </message>
        <message>
            <source>The session left the treatment room; its counts are saved.</source>
            <translation>La séance a quitté la salle de traitement; ses décomptes sont enregistrés.</translation>
        </message>
    </context>
    <context>
        <name>TreatmentPanel</name>
        <message>
            <source>Techniques</source>
            <translation>Techniques</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Rétention</translation>
        </message>
        <message>
            <source>R&amp;etention</source>
            <translation>&amp;Rétention</translation>
        </message>
        <message>
            <source>Electroacupuncture</source>
            <translation>Électroacupuncture</translation>
        </message>
        <message>
            <source>Cupping</source>
            <translation>Ventouses</translation>
        </message>
        <message>
            <source>Moxibustion</source>
            <translation>Moxibustion</translation>
        </message>
        <message>
            <source>{points}, {needles}</source>
            <translation>{points}, {needles}</translation>
        </message>
    </context>
    <context>
        <name>TreatmentSide</name>
        <message>
            <source>Add a point: code or name, then Enter</source>
            <translation>Ajouter un point : code ou nom, puis Entrée</translation>
        </message>
        <message>
            <source>Add a point</source>
            <translation>Ajouter un point</translation>
        </message>
        <message>
            <source>Use the &amp;plan instead</source>
            <translation>Utiliser plutôt le &amp;plan</translation>
        </message>
    </context>
    <context>
        <name>TriedSection</name>
        <message>
            <source>how it went</source>
            <translation>résultat obtenu</translation>
        </message>
        <message>
            <source>{treatment}: how it went</source>
            <translation>{treatment} : résultat obtenu</translation>
        </message>
    </context>
    <context>
        <name>UserEditDialog</name>
        <message>
            <source>Add user</source>
            <translation>Ajouter un utilisateur</translation>
        </message>
        <message>
            <source>Edit user</source>
            <translation>Modifier l'utilisateur</translation>
        </message>
        <message>
            <source>e.g. Lic.Ac., MBAcC</source>
            <translation>p. ex. Lic.Ac., MBAcC</translation>
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation>au moins {n} caractères</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>Nom &amp;complet</translation>
        </message>
        <message>
            <source>&amp;Credentials</source>
            <translation>&amp;Titres</translation>
        </message>
        <message>
            <source>&amp;Registration / licence no.</source>
            <translation>N° de permis / d'&amp;inscription</translation>
        </message>
        <message>
            <source>&amp;Style of acupuncture</source>
            <translation>&amp;Style d'acupuncture</translation>
        </message>
        <message>
            <source>&amp;Years of practice</source>
            <translation>&amp;Années de pratique</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>Con&amp;firmer le mot de passe</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users — AcuPlanner</source>
            <translation>Utilisateurs — AcuPlanner</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Ajouter un utilisateur…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>&amp;Réinitialiser le mot de passe…</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>Ac&amp;tiver</translation>
        </message>
        <message>
            <source>Added {user}.</source>
            <translation>Utilisateur {user} ajouté.</translation>
        </message>
        <message>
            <source>Saved {user}.</source>
            <translation>Utilisateur {user} enregistré.</translation>
        </message>
        <message>
            <source>Disable {user}? They can no longer sign in. Their records and audit trail stay; you can enable the account again.</source>
            <translation>Désactiver {user}? Cette personne ne pourra plus se connecter. Ses dossiers et son journal d'audit sont conservés; vous pourrez réactiver le compte.</translation>
        </message>
        <message>
            <source>Disable user</source>
            <translation>Désactiver l'utilisateur</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>Disabled {user}.</source>
            <translation>Utilisateur {user} désactivé.</translation>
        </message>
        <message>
            <source>Enabled {user}.</source>
            <translation>Utilisateur {user} activé.</translation>
        </message>
        <message>
            <source>Password changed for {user}.</source>
            <translation>Mot de passe changé pour {user}.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
    </context>
    <context>
        <name>UsersTableModel</name>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Dernière connexion</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
    </context>
    <context>
        <name>WaitingList</name>
        <message>
            <source>waiting {minutes} min</source>
            <translation>en attente depuis {minutes} min</translation>
        </message>
        <message>
            <source>waiting {hours} h {minutes} min</source>
            <translation>en attente depuis {hours} h {minutes} min</translation>
        </message>
        <message>
            <source>Patients waiting</source>
            <translation>Patients en attente</translation>
        </message>
        <message>
            <source>Enter or double-click: open today's session</source>
            <translation>Entrée ou double-clic : ouvrir la séance du jour</translation>
        </message>
        <message>
            <source>&amp;Waiting ({n})</source>
            <translation>En &amp;attente ({n})</translation>
        </message>
        <message>
            <source>&amp;Waiting</source>
            <translation>En &amp;attente</translation>
        </message>
        <message>
            <source>time not set</source>
            <translation>heure non fixée</translation>
        </message>
        <message>
            <source>arrived {time}</source>
            <translation>arrivée à {time}</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>arrivée enregistrée</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Personne n'est en attente.</translation>
        </message>
    </context>
    <context>
        <name>_TimeDialog</name>
        <message>
            <source>Show &amp;free times</source>
            <translation>Afficher les plages &amp;libres</translation>
        </message>
        <message>
            <source>No room</source>
            <translation>Aucune salle</translation>
        </message>
        <message>
            <source>&amp;Practitioner</source>
            <translation>&amp;Praticien</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Free that day:</source>
            <translation>Libre ce jour-là :</translation>
        </message>
        <message>
            <source>Nothing else is free that day.</source>
            <translation>Rien d'autre n'est libre ce jour-là.</translation>
        </message>
        <message>
            <source>Practitioner: choose who will treat.</source>
            <translation>Praticien : choisissez qui traitera.</translation>
        </message>
        <message>
            <source>Nothing is free that day.</source>
            <translation>Rien n'est libre ce jour-là.</translation>
        </message>
    </context>
    <context>
        <name>access</name>
        <message>
            <source>open clinical records</source>
            <translation>ouvrir les dossiers cliniques</translation>
        </message>
        <message>
            <source>edit intakes</source>
            <translation>modifier les évaluations</translation>
        </message>
        <message>
            <source>plan treatment</source>
            <translation>planifier le traitement</translation>
        </message>
        <message>
            <source>record sessions</source>
            <translation>consigner les séances</translation>
        </message>
        <message>
            <source>sign sessions</source>
            <translation>signer les séances</translation>
        </message>
        <message>
            <source>amend signed sessions</source>
            <translation>modifier les séances signées</translation>
        </message>
        <message>
            <source>override safety findings</source>
            <translation>déroger aux constats de sécurité</translation>
        </message>
        <message>
            <source>export clinical reports</source>
            <translation>exporter les rapports cliniques</translation>
        </message>
        <message>
            <source>print unsigned take-home sheets</source>
            <translation>imprimer les fiches non signées remises au patient</translation>
        </message>
        <message>
            <source>print take-home sheets</source>
            <translation>imprimer les fiches remises au patient</translation>
        </message>
        <message>
            <source>print receipts</source>
            <translation>imprimer les reçus</translation>
        </message>
        <message>
            <source>see the schedule</source>
            <translation>consulter l'horaire</translation>
        </message>
        <message>
            <source>manage user accounts</source>
            <translation>gérer les comptes d'utilisateurs</translation>
        </message>
        <message>
            <source>change clinic settings</source>
            <translation>modifier les paramètres de la clinique</translation>
        </message>
        <message>
            <source>read the audit trail</source>
            <translation>consulter le journal d'audit</translation>
        </message>
        <message>
            <source>back up or restore the database</source>
            <translation>sauvegarder ou restaurer la base de données</translation>
        </message>
        <message>
            <source>Your account ({username}) has been disabled; nothing was done.</source>
            <translation>Votre compte ({username}) a été désactivé; aucune action n'a été effectuée.</translation>
        </message>
        <message>
            <source>Ask an administrator.</source>
            <translation>Adressez-vous à un administrateur.</translation>
        </message>
        <message>
            <source>do this</source>
            <translation>effectuer cette action</translation>
        </message>
        <message>
            <source>Your account ({username}) is no longer allowed to {what}; nothing was done.</source>
            <translation>Votre compte ({username}) n'est plus autorisé à {what}; aucune action n'a été effectuée.</translation>
        </message>
        <message>
            <source>An administrator changed your roles; sign out and in again.</source>
            <translation>Un administrateur a modifié vos rôles; déconnectez-vous, puis reconnectez-vous.</translation>
        </message>
        <message>
            <source>Your account ({username}) is not allowed to {what}.</source>
            <translation>Votre compte ({username}) n'est pas autorisé à {what}.</translation>
        </message>
        <message>
            <source>Ask a colleague with the right role, or an administrator.</source>
            <translation>Adressez-vous à un collègue qui a le rôle requis, ou à un administrateur.</translation>
        </message>
    </context>
    <context>
        <name>accounts</name>
        <message>
            <source>Clinic name: enter the clinic's name.</source>
            <translation>Nom de la clinique : entrez le nom de la clinique.</translation>
        </message>
        <message>
            <source>This clinic already has accounts; sign in instead.</source>
            <translation>Cette clinique a déjà des comptes; connectez-vous plutôt.</translation>
        </message>
        <message>
            <source>User name: '{username}' is already taken.</source>
            <translation>Nom d'utilisateur : « {username} » est déjà pris.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
        </message>
        <message>
            <source>disable</source>
            <translation>désactiver</translation>
        </message>
        <message>
            <source>You cannot remove your own admin role.</source>
            <translation>Vous ne pouvez pas retirer votre propre rôle d'administrateur.</translation>
        </message>
        <message>
            <source>remove the admin role of</source>
            <translation>retirer le rôle d'administrateur de</translation>
        </message>
        <message>
            <source>Roles: the first account must include admin (--role admin).</source>
            <translation>Rôles : le premier compte doit inclure admin (--role admin).</translation>
        </message>
        <message>
            <source>The first account is created with the database owner's login.</source>
            <translation>Le premier compte est créé avec l'identifiant du propriétaire de la base de données.</translation>
        </message>
        <message>
            <source>Run it with --database postgresql+psycopg://OWNER@HOST:PORT/DB.</source>
            <translation>Exécutez-le avec --database postgresql+psycopg://OWNER@HOST:PORT/DB.</translation>
        </message>
        <message>
            <source>This clinic already has accounts; nothing was changed.</source>
            <translation>Cette clinique a déjà des comptes; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Sign in as an administrator (ACUPLANNER_USER, ACUPLANNER_PASSWORD).</source>
            <translation>Connectez-vous en tant qu'administrateur (ACUPLANNER_USER, ACUPLANNER_PASSWORD).</translation>
        </message>
        <message>
            <source>Database logins are a PostgreSQL feature; SQLite has none.</source>
            <translation>Les identifiants de base de données sont une fonction de PostgreSQL; SQLite n'en a pas.</translation>
        </message>
        <message>
            <source>There is no user '{username}'.</source>
            <translation>Il n'y a aucun utilisateur « {username} ».</translation>
        </message>
        <message>
            <source>User name: 2–64 characters, letters a–z, digits, dot, dash or underscore, starting with a letter or digit.</source>
            <translation>Nom d'utilisateur : de 2 à 64 caractères — lettres a–z, chiffres, point, tiret ou trait de soulignement —, commençant par une lettre ou un chiffre.</translation>
        </message>
        <message>
            <source>Roles: choose at least one role.</source>
            <translation>Rôles : choisissez au moins un rôle.</translation>
        </message>
        <message>
            <source>Cannot {change} {username}: it is the last active administrator account; make another account an administrator first.</source>
            <translation>Impossible de {change} {username} : c'est le dernier compte administrateur actif; faites d'abord d'un autre compte un administrateur.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Titres</translation>
        </message>
        <message>
            <source>Registration / licence no.</source>
            <translation>N° de permis / d'inscription</translation>
        </message>
        <message>
            <source>Style of acupuncture: choose one from the list.</source>
            <translation>Style d'acupuncture : choisissez-en un dans la liste.</translation>
        </message>
        <message>
            <source>Years of practice: a whole number from 0 to 70.</source>
            <translation>Années de pratique : un nombre entier de 0 à 70.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>AcuPlanner cannot start</source>
            <translation>AcuPlanner ne peut pas démarrer</translation>
        </message>
        <message>
            <source>AcuPlanner</source>
            <translation>AcuPlanner</translation>
        </message>
    </context>
    <context>
        <name>appointment_rules</name>
        <message>
            <source>Monday</source>
            <translation>lundi</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>mardi</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>mercredi</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jeudi</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vendredi</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>samedi</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>dimanche</translation>
        </message>
        <message>
            <source>Mondays</source>
            <translation>le lundi</translation>
        </message>
        <message>
            <source>Tuesdays</source>
            <translation>le mardi</translation>
        </message>
        <message>
            <source>Wednesdays</source>
            <translation>le mercredi</translation>
        </message>
        <message>
            <source>Thursdays</source>
            <translation>le jeudi</translation>
        </message>
        <message>
            <source>Fridays</source>
            <translation>le vendredi</translation>
        </message>
        <message>
            <source>Saturdays</source>
            <translation>le samedi</translation>
        </message>
        <message>
            <source>Sundays</source>
            <translation>le dimanche</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>du {first} au {last}</translation>
        </message>
        <message>
            <source>Length: from {min_length} to {max_length} minutes.</source>
            <translation>Durée : de {min_length} à {max_length} minutes.</translation>
        </message>
        <message>
            <source>Date: the clinic is closed on {weekdays} (open {hours}; Clinic settings).</source>
            <translation>Date : la clinique est fermée {weekdays} (ouverte {hours}; Paramètres de la clinique).</translation>
        </message>
        <message>
            <source>Time: the clinic is open {opens}–{closes}; {starts}–{ends} does not fit.</source>
            <translation>Heure : la clinique est ouverte de {opens} à {closes}; {starts}–{ends} ne convient pas.</translation>
        </message>
        <message>
            <source>Days: from 1 to {max_search_days}.</source>
            <translation>Jours : de 1 à {max_search_days}.</translation>
        </message>
        <message>
            <source>Weekday: from 1 (Monday) to 7 (Sunday).</source>
            <translation>Jour de la semaine : de 1 (lundi) à 7 (dimanche).</translation>
        </message>
    </context>
    <context>
        <name>appointments</name>
        <message>
            <source>That time was booked a moment ago at another desk; nothing was saved.</source>
            <translation>Cette plage horaire vient d'être réservée à un autre poste; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The book has been reloaded: choose another time.</source>
            <translation>L'agenda a été rechargé : choisissez une autre heure.</translation>
        </message>
        <message>
            <source>There is no patient {patient_id}.</source>
            <translation>Il n'y a aucun patient {patient_id}.</translation>
        </message>
        <message>
            <source>Session {session_number} of {planned_sessions}</source>
            <translation>Séance {session_number} sur {planned_sessions}</translation>
        </message>
        <message>
            <source>First visit</source>
            <translation>Première visite</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Only a booked appointment, not yet checked in, can be moved.</source>
            <translation>Seul un rendez-vous réservé, dont l'arrivée n'a pas encore été enregistrée, peut être déplacé.</translation>
        </message>
        <message>
            <source>Only an appointment not yet begun can be cancelled.</source>
            <translation>Seul un rendez-vous qui n'a pas encore commencé peut être annulé.</translation>
        </message>
        <message>
            <source>Only an appointment not yet begun can be marked missed.</source>
            <translation>Seul un rendez-vous qui n'a pas encore commencé peut être marqué comme manqué.</translation>
        </message>
        <message>
            <source>An appointment still to come cannot be marked missed.</source>
            <translation>Un rendez-vous à venir ne peut pas être marqué comme manqué.</translation>
        </message>
        <message>
            <source>Only a booked appointment can be checked in.</source>
            <translation>Seule l'arrivée à un rendez-vous réservé peut être enregistrée.</translation>
        </message>
        <message>
            <source>Only today's appointments can be checked in.</source>
            <translation>Seule l'arrivée aux rendez-vous d'aujourd'hui peut être enregistrée.</translation>
        </message>
        <message>
            <source>This visit is done when its session is signed.</source>
            <translation>Cette visite est terminée lorsque sa séance est signée.</translation>
        </message>
        <message>
            <source>Only a visit not yet done can be marked done.</source>
            <translation>Seule une visite non terminée peut être marquée comme terminée.</translation>
        </message>
        <message>
            <source>There is no appointment {id}.</source>
            <translation>Il n'y a aucun rendez-vous {id}.</translation>
        </message>
        <message>
            <source>Days: from 1 to 31.</source>
            <translation>Jours : de 1 à 31.</translation>
        </message>
        <message>
            <source>Preferred time: from 00:00 to 23:59.</source>
            <translation>Heure préférée : de 00:00 à 23:59.</translation>
        </message>
        <message>
            <source>Times: choose at least one session's time.</source>
            <translation>Heures : choisissez l'heure d'au moins une séance.</translation>
        </message>
        <message>
            <source>Practitioner: the course has none.</source>
            <translation>Praticien : la série n'en a aucun.</translation>
        </message>
        <message>
            <source>Session: {session_id} is not this course's.</source>
            <translation>Séance : {session_id} n'appartient pas à cette série.</translation>
        </message>
        <message>
            <source>Practitioner: choose who will treat.</source>
            <translation>Praticien : choisissez qui traitera.</translation>
        </message>
        <message>
            <source>Reason: say why it was cancelled.</source>
            <translation>Motif : indiquez pourquoi il a été annulé.</translation>
        </message>
        <message>
            <source>Reason: at most {limit} characters.</source>
            <translation>Motif : au plus {limit} caractères.</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>Chart no.: type digits only, e.g. 000042.</source>
            <translation>N° de dossier : tapez seulement des chiffres, p. ex. 000042.</translation>
        </message>
        <message>
            <source>Chart no.: no patient has chart no. {chart}.</source>
            <translation>N° de dossier : aucun patient n'a le n° de dossier {chart}.</translation>
        </message>
        <message>
            <source>To: choose a day on or after the “from” day.</source>
            <translation>Au : choisissez un jour identique ou postérieur au jour « Du ».</translation>
        </message>
    </context>
    <context>
        <name>audit_trail</name>
        <message>
            <source>audit row {id} does not follow the row before it: a row was deleted or edited just before it</source>
            <translation>la ligne d'audit {id} ne suit pas la ligne qui la précède : une ligne a été supprimée ou modifiée juste avant elle</translation>
        </message>
        <message>
            <source>audit row {id} was edited</source>
            <translation>la ligne d'audit {id} a été modifiée</translation>
        </message>
        <message>
            <source>The signed-in account is not in this database.</source>
            <translation>Le compte connecté n'existe pas dans cette base de données.</translation>
        </message>
        <message>
            <source>Sign in again.</source>
            <translation>Reconnectez-vous.</translation>
        </message>
        <message>
            <source>There is no backup file at {backup}.</source>
            <translation>Il n'y a aucun fichier de sauvegarde à {backup}.</translation>
        </message>
        <message>
            <source>{backup} holds no readable audit trail ({kind}).</source>
            <translation>{backup} ne contient aucun journal d'audit lisible ({kind}).</translation>
        </message>
        <message>
            <source>{backup} is a PostgreSQL backup; compare it with a PostgreSQL database.</source>
            <translation>{backup} est une sauvegarde PostgreSQL; comparez-la avec une base de données PostgreSQL.</translation>
        </message>
        <message>
            <source>{name} (not signed in)</source>
            <translation>{name} (non connecté)</translation>
        </message>
        <message>
            <source>unknown user '{attempted}'</source>
            <translation>utilisateur inconnu « {attempted} »</translation>
        </message>
        <message>
            <source>unknown user</source>
            <translation>utilisateur inconnu</translation>
        </message>
    </context>
    <context>
        <name>backup_restore</name>
        <message>
            <source>There is no database file at {source}; nothing to back up.</source>
            <translation>Il n'y a aucun fichier de base de données à {source}; rien à sauvegarder.</translation>
        </message>
        <message>
            <source>The backup {name} failed SQLite's integrity check ({result}).</source>
            <translation>La sauvegarde {name} a échoué à la vérification d'intégrité de SQLite ({result}).</translation>
        </message>
        <message>
            <source>Run `python main.py check` on the database and contact support.</source>
            <translation>Exécutez `python main.py check` sur la base de données et communiquez avec le soutien technique.</translation>
        </message>
        <message>
            <source>{path} is not a readable SQLite database ({exc}).</source>
            <translation>{path} n'est pas une base de données SQLite lisible ({exc}).</translation>
        </message>
        <message>
            <source>The backup {name} does not hold the same rows as the database (tables {tables}); it was not kept.</source>
            <translation>La sauvegarde {name} ne contient pas les mêmes lignes que la base de données (tables {tables}); elle n'a pas été conservée.</translation>
        </message>
        <message>
            <source>The backup {name} does not hold the same rows as the database; it was not kept.</source>
            <translation>La sauvegarde {name} ne contient pas les mêmes lignes que la base de données; elle n'a pas été conservée.</translation>
        </message>
        <message>
            <source>Could not write the backup {target}: {exc}.</source>
            <translation>Impossible d'écrire la sauvegarde {target} : {exc}.</translation>
        </message>
        <message>
            <source>Free some disk space or choose a folder you can write to.</source>
            <translation>Libérez de l'espace disque ou choisissez un dossier dans lequel vous pouvez écrire.</translation>
        </message>
        <message>
            <source>Could not back up the database: {exc}.</source>
            <translation>Impossible de sauvegarder la base de données : {exc}.</translation>
        </message>
        <message>
            <source>{name} is not a readable backup ({reason}).</source>
            <translation>{name} n'est pas une sauvegarde lisible ({reason}).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>clinic: {clinic}; patients: {patients}; sessions: {sessions}; newest session: {newest}; schema: {revision}</source>
            <translation>clinique : {clinic}; patients : {patients}; séances : {sessions}; séance la plus récente : {newest}; schéma : {revision}</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>Cannot read {path}: {exc}.</source>
            <translation>Impossible de lire {path} : {exc}.</translation>
        </message>
        <message>
            <source>{path} is not an AcuPlanner backup (neither an SQLite copy nor a pg_dump -Fc archive).</source>
            <translation>{path} n'est pas une sauvegarde AcuPlanner (ni une copie SQLite ni une archive pg_dump -Fc).</translation>
        </message>
        <message>
            <source>{name} is a PostgreSQL backup; it can only be restored into PostgreSQL.</source>
            <translation>{name} est une sauvegarde PostgreSQL; elle ne peut être restaurée que dans PostgreSQL.</translation>
        </message>
        <message>
            <source>Run restore with --database postgresql+psycopg://… for the clinic's server.</source>
            <translation>Exécutez restore avec --database postgresql+psycopg://… pointant vers le serveur de la clinique.</translation>
        </message>
        <message>
            <source>{name} was made by a newer AcuPlanner (schema {revision}).</source>
            <translation>{name} a été créée par une version plus récente d'AcuPlanner (schéma {revision}).</translation>
        </message>
        <message>
            <source>Install that AcuPlanner version to restore it; nothing was changed.</source>
            <translation>Installez cette version d'AcuPlanner pour la restaurer; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{name} is an SQLite file but not an AcuPlanner backup.</source>
            <translation>{name} est un fichier SQLite, mais pas une sauvegarde AcuPlanner.</translation>
        </message>
        <message>
            <source>The backup {name} is damaged (SQLite's own check: {first}); it cannot be restored. Nothing was changed.</source>
            <translation>La sauvegarde {name} est endommagée (vérification propre à SQLite : {first}); elle ne peut pas être restaurée. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Choose another backup.</source>
            <translation>Choisissez une autre sauvegarde.</translation>
        </message>
        <message>
            <source>{name} is a PostgreSQL archive but not of AcuPlanner.</source>
            <translation>{name} est une archive PostgreSQL, mais pas d'AcuPlanner.</translation>
        </message>
        <message>
            <source>{name} is not a PostgreSQL backup.</source>
            <translation>{name} n'est pas une sauvegarde PostgreSQL.</translation>
        </message>
        <message>
            <source>{name} is not an SQLite backup.</source>
            <translation>{name} n'est pas une sauvegarde SQLite.</translation>
        </message>
        <message>
            <source>That file is the database itself; choose a backup file.</source>
            <translation>Ce fichier est la base de données elle-même; choisissez un fichier de sauvegarde.</translation>
        </message>
        <message>
            <source>Cannot create {parent}: {exc}.</source>
            <translation>Impossible de créer {parent} : {exc}.</translation>
        </message>
        <message>
            <source>Could not restore into {live}: {exc}. The database was not changed.</source>
            <translation>Impossible de restaurer dans {live} : {exc}. La base de données n'a pas été modifiée.</translation>
        </message>
        <message>
            <source>Close AcuPlanner on this computer and try again.</source>
            <translation>Fermez AcuPlanner sur cet ordinateur et réessayez.</translation>
        </message>
        <message>
            <source>The restored database failed its check ({result}).</source>
            <translation>La base de données restaurée a échoué à la vérification ({result}).</translation>
        </message>
        <message>
            <source>The previous database is kept in {kept}.</source>
            <translation>La base de données précédente est conservée dans {kept}.</translation>
        </message>
        <message>
            <source>Could not keep a copy of the current database in {folder}: {exc}. Nothing was restored.</source>
            <translation>Impossible de conserver une copie de la base de données actuelle dans {folder} : {exc}. Rien n'a été restauré.</translation>
        </message>
        <message>
            <source>A backup was kept first: {path}. Restore as the database's owner role (the one that runs migrate).</source>
            <translation>Une sauvegarde a d'abord été conservée : {path}. Restaurez avec le rôle propriétaire de la base de données (celui qui exécute migrate).</translation>
        </message>
        <message>
            <source>Cannot write in {folder}: {exc}. Nothing was changed.</source>
            <translation>Impossible d'écrire dans {folder} : {exc}. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The backup {name} cannot be replayed ({problem}). Nothing was changed.</source>
            <translation>La sauvegarde {name} ne peut pas être rejouée ({problem}). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The backup was restored, but its grants could not be applied ({reason}).</source>
            <translation>La sauvegarde a été restaurée, mais ses droits d'accès (GRANT) n'ont pas pu être appliqués ({reason}).</translation>
        </message>
        <message>
            <source>Run 'acuplanner migrate' as clinic IT's owner role.</source>
            <translation>Exécutez « acuplanner migrate » avec le rôle propriétaire du soutien informatique de la clinique.</translation>
        </message>
        <message>
            <source>its {items} differs</source>
            <translation>cet élément diffère : {items}</translation>
        </message>
        <message>
            <source>its {items} differ</source>
            <translation>ces éléments diffèrent : {items}</translation>
        </message>
        <message>
            <source>it lacks {missing}</source>
            <translation>il lui manque : {missing}</translation>
        </message>
        <message>
            <source>it has what schema {revision} does not: {unexpected}</source>
            <translation>elle contient ce que le schéma {revision} n'a pas : {unexpected}</translation>
        </message>
        <message>
            <source>The backup {name} does not hold AcuPlanner's schema {revision} ({problems}). Nothing was changed.</source>
            <translation>La sauvegarde {name} ne contient pas le schéma {revision} d'AcuPlanner ({problems}). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Choose another backup; this one was damaged or altered after it was made.</source>
            <translation>Choisissez une autre sauvegarde; celle-ci a été endommagée ou modifiée après sa création.</translation>
        </message>
        <message>
            <source>Cannot check the backup: the server refused a scratch database ({reason}). Nothing was changed.</source>
            <translation>Impossible de vérifier la sauvegarde : le serveur a refusé une base de données temporaire ({reason}). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Restore as a role that may create databases on {url} (clinic IT's, the one that runs migrate).</source>
            <translation>Restaurez avec un rôle autorisé à créer des bases de données sur {url} (celui du soutien informatique de la clinique, qui exécute migrate).</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>des lignes</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>The backup {name} holds {rows} that refer to rows it does not have ({kinds}). Nothing was changed.</source>
            <translation>La sauvegarde {name} contient {rows} faisant référence à des lignes qu'elle ne contient pas ({kinds}). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The PostgreSQL database already holds data (table {name}); an SQLite backup is only copied into an empty one.</source>
            <translation>La base de données PostgreSQL contient déjà des données (table {name}); une sauvegarde SQLite n'est copiée que dans une base vide.</translation>
        </message>
        <message>
            <source>Create a new, empty database for the clinic (docs/admin-guide.md: 'A clinic with several workstations: PostgreSQL').</source>
            <translation>Créez une nouvelle base de données vide pour la clinique (docs/admin-guide.md : « A clinic with several workstations: PostgreSQL »).</translation>
        </message>
    </context>
    <context>
        <name>backup_service</name>
        <message>
            <source>Backup file: choose a file name, not a folder.</source>
            <translation>Fichier de sauvegarde : choisissez un nom de fichier, pas un dossier.</translation>
        </message>
    </context>
    <context>
        <name>backups</name>
        <message>
            <source>No backup yet</source>
            <translation>Aucune sauvegarde pour l'instant</translation>
        </message>
        <message numerus="yes">
            <source>Last backup: {when} — %n day(s) ago</source>
            <translation>
                <numerusform>Dernière sauvegarde : {when} — il y a %n jour</numerusform>
                <numerusform>Dernière sauvegarde : {when} — il y a %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Last backup: {when}</source>
            <translation>Dernière sauvegarde : {when}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Backups (*.sqlite3 *.dump);;All (*)</source>
            <translation>Sauvegardes (*.sqlite3 *.dump);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Les sauvegardes sont conservées dans {folder}</translation>
        </message>
        <message>
            <source>Backing up and checking the copy…</source>
            <translation>Sauvegarde et vérification de la copie…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Échec de la sauvegarde</translation>
        </message>
        <message>
            <source>Reading the backup…</source>
            <translation>Lecture de la sauvegarde…</translation>
        </message>
        <message>
            <source>Cannot restore this file</source>
            <translation>Impossible de restaurer ce fichier</translation>
        </message>
        <message>
            <source>{file}

{summary}

This replaces the whole database. The current one is kept as a backup first. Anyone else using this database should close AcuPlanner before you go on; AcuPlanner closes after the restore.</source>
            <translation>{file}

{summary}

Cette opération remplace toute la base de données. La base actuelle est d'abord conservée comme sauvegarde. Toute autre personne qui utilise cette base de données doit fermer AcuPlanner avant que vous continuiez; AcuPlanner se ferme après la restauration.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restauration de la sauvegarde…</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Échec de la restauration</translation>
        </message>
        <message>
            <source>Backed up and checked: {path}</source>
            <translation>Sauvegarde effectuée et vérifiée : {path}</translation>
        </message>
        <message>
            <source>Backup cancelled: no copy kept.</source>
            <translation>Sauvegarde annulée : aucune copie conservée.</translation>
        </message>
    </context>
    <context>
        <name>book</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>time not set</source>
            <translation>heure non fixée</translation>
        </message>
        <message>
            <source>{day}, {time_not_set}</source>
            <translation>{day}, {time_not_set}</translation>
        </message>
        <message>
            <source>{patient} (chart {chart}): {session}, {when}</source>
            <translation>{patient} (dossier {chart}) : {session}, {when}</translation>
        </message>
        <message>
            <source>Patient {id}</source>
            <translation>Patient {id}</translation>
        </message>
        <message>
            <source>Time not set</source>
            <translation>Heure non fixée</translation>
        </message>
        <message>
            <source>{time} ({minutes} min) – {state}</source>
            <translation>{time} ({minutes} min) – {state}</translation>
        </message>
        <message>
            <source>With {name}</source>
            <translation>Avec {name}</translation>
        </message>
        <message>
            <source>no practitioner</source>
            <translation>aucun praticien</translation>
        </message>
        <message>
            <source>Room: {room}</source>
            <translation>Salle : {room}</translation>
        </message>
        <message>
            <source>No room</source>
            <translation>Aucune salle</translation>
        </message>
        <message>
            <source> (late)</source>
            <translation> (annulation tardive)</translation>
        </message>
        <message>
            <source>Cancelled by: {who}{late}</source>
            <translation>Annulé par : {who}{late}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motif : {reason}</translation>
        </message>
        <message>
            <source>Arrived at {time}</source>
            <translation>Arrivée à {time}</translation>
        </message>
        <message>
            <source>The time is free again.</source>
            <translation>La plage horaire est de nouveau libre.</translation>
        </message>
    </context>
    <context>
        <name>book_grid</name>
        <message>
            <source>No room</source>
            <translation>Aucune salle</translation>
        </message>
        <message>
            <source>No practitioner</source>
            <translation>Aucun praticien</translation>
        </message>
    </context>
    <context>
        <name>booking_rules</name>
        <message>
            <source>Patient: not found, or archived.</source>
            <translation>Patient : introuvable ou archivé.</translation>
        </message>
        <message>
            <source>Date: in the past; book today or later.</source>
            <translation>Date : dans le passé; réservez pour aujourd'hui ou plus tard.</translation>
        </message>
        <message>
            <source>Session: not one of this patient's.</source>
            <translation>Séance : n'appartient pas à ce patient.</translation>
        </message>
        <message>
            <source>Session: already begun, or cancelled.</source>
            <translation>Séance : déjà commencée ou annulée.</translation>
        </message>
        <message>
            <source>Session: {number} is booked already; move that booking.</source>
            <translation>Séance : la séance {number} a déjà un rendez-vous; déplacez ce rendez-vous.</translation>
        </message>
        <message>
            <source>Practitioner: not an active practitioner.</source>
            <translation>Praticien : n'est pas un praticien actif.</translation>
        </message>
        <message>
            <source>Room: not one of the clinic's rooms.</source>
            <translation>Salle : ne fait pas partie des salles de la clinique.</translation>
        </message>
        <message>
            <source>Time: a clinic wall-clock time (no time zone).</source>
            <translation>Heure : une heure locale de la clinique (sans fuseau horaire).</translation>
        </message>
        <message>
            <source>The practitioner already has an appointment from {start} to {end} on {day}.</source>
            <translation>Le praticien a déjà un rendez-vous de {start} à {end} le {day}.</translation>
        </message>
        <message>
            <source>The room already has an appointment from {start} to {end} on {day}.</source>
            <translation>La salle a déjà un rendez-vous de {start} à {end} le {day}.</translation>
        </message>
        <message>
            <source>Choose another time; the book shows what is free.</source>
            <translation>Choisissez une autre heure; l'agenda indique les plages libres.</translation>
        </message>
    </context>
    <context>
        <name>change_password</name>
        <message>
            <source>Current password: type it first.</source>
            <translation>Mot de passe actuel : tapez-le d'abord.</translation>
        </message>
        <message>
            <source>New password: the two entries differ.</source>
            <translation>Nouveau mot de passe : les deux saisies diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>clinic_settings</name>
        <message>
            <source>Clinic name</source>
            <translation>Nom de la clinique</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Tax number</source>
            <translation>Numéro de taxes</translation>
        </message>
        <message>
            <source>Registering body</source>
            <translation>Ordre professionnel</translation>
        </message>
        <message>
            <source>Room name: another room is called {name}.</source>
            <translation>Nom de la salle : une autre salle s'appelle {name}.</translation>
        </message>
        <message>
            <source>Someone else changed the clinic settings after you opened them; nothing was saved.</source>
            <translation>Quelqu'un d'autre a modifié les paramètres de la clinique après que vous les avez ouverts; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Close the settings, open them again and make your change again.</source>
            <translation>Fermez les paramètres, rouvrez-les et refaites votre modification.</translation>
        </message>
        <message>
            <source>Room: that treatment room no longer exists.</source>
            <translation>Salle : cette salle de traitement n'existe plus.</translation>
        </message>
        <message>
            <source>Room name: another room is called {found}.</source>
            <translation>Nom de la salle : une autre salle s'appelle {found}.</translation>
        </message>
        <message>
            <source>Clinic name: enter the clinic's name.</source>
            <translation>Nom de la clinique : entrez le nom de la clinique.</translation>
        </message>
        <message>
            <source>Email: this does not look like an e-mail address.</source>
            <translation>Courriel : ceci ne ressemble pas à une adresse courriel.</translation>
        </message>
        <message>
            <source>Lock after: {first} to {last} minutes.</source>
            <translation>Verrouiller après : de {first} à {last} minutes.</translation>
        </message>
        <message>
            <source>First visit length</source>
            <translation>Durée de la première visite</translation>
        </message>
        <message>
            <source>Follow-up length</source>
            <translation>Durée du suivi</translation>
        </message>
        <message>
            <source>{caption}: {first} to {last} minutes.</source>
            <translation>{caption} : de {first} à {last} minutes.</translation>
        </message>
        <message>
            <source>Opens at: a time of day (00:00 to 23:59).</source>
            <translation>Heure d'ouverture : une heure de la journée (00:00 à 23:59).</translation>
        </message>
        <message>
            <source>Closes at: a time after the opening time.</source>
            <translation>Heure de fermeture : une heure postérieure à l'heure d'ouverture.</translation>
        </message>
        <message>
            <source>Open days: tick at least one day.</source>
            <translation>Jours d'ouverture : cochez au moins un jour.</translation>
        </message>
        <message>
            <source>Late-cancellation notice: {first} to {last} hours.</source>
            <translation>Préavis d'annulation tardive : de {first} à {last} heures.</translation>
        </message>
        <message>
            <source>Diagnosis code: one of {codes}.</source>
            <translation>Code de diagnostic : choisissez parmi {codes}.</translation>
        </message>
        <message>
            <source>Room name</source>
            <translation>Nom de la salle</translation>
        </message>
        <message>
            <source>Room name: 1 to {limit} characters.</source>
            <translation>Nom de la salle : de 1 à {limit} caractères.</translation>
        </message>
    </context>
    <context>
        <name>config</name>
        <message>
            <source>--database is empty.</source>
            <translation>--database est vide.</translation>
        </message>
        <message>
            <source>Give an SQLite file path or a postgresql+psycopg:// address.</source>
            <translation>Indiquez le chemin d'un fichier SQLite ou une adresse postgresql+psycopg://.</translation>
        </message>
    </context>
    <context>
        <name>conflicts</name>
        <message>
            <source>appointment</source>
            <translation>rendez-vous</translation>
        </message>
        <message>
            <source>course</source>
            <translation>série</translation>
        </message>
        <message>
            <source>home advice</source>
            <translation>conseils à domicile</translation>
        </message>
        <message>
            <source>intake</source>
            <translation>évaluation</translation>
        </message>
        <message>
            <source>patient's details</source>
            <translation>coordonnées du patient</translation>
        </message>
        <message>
            <source>session</source>
            <translation>séance</translation>
        </message>
        <message>
            <source>template</source>
            <translation>modèle</translation>
        </message>
        <message>
            <source>treatment room</source>
            <translation>salle de traitement</translation>
        </message>
        <message>
            <source>another user</source>
            <translation>un autre utilisateur</translation>
        </message>
        <message>
            <source>{name} changed this {what} at {when}, after you opened it; nothing was overwritten.</source>
            <translation>{name} a modifié cet élément ({what}) à {when}, après que vous l'avez ouvert; rien n'a été écrasé.</translation>
        </message>
        <message>
            <source>Your changes are kept. Reload to see theirs, then apply yours again.</source>
            <translation>Vos modifications sont conservées. Rechargez pour voir les siennes, puis appliquez de nouveau les vôtres.</translation>
        </message>
    </context>
    <context>
        <name>course_labels</name>
        <message>
            <source>Session {number} of {planned}</source>
            <translation>Séance {number} sur {planned}</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Other…</source>
            <translation>Autre…</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Toutes les deux semaines</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>Une fois par semaine</translation>
        </message>
        <message>
            <source>Twice a week</source>
            <translation>Deux fois par semaine</translation>
        </message>
        <message>
            <source>Three times a week</source>
            <translation>Trois fois par semaine</translation>
        </message>
        <message>
            <source>mid-course review</source>
            <translation>bilan de mi-parcours</translation>
        </message>
        <message>
            <source>final review</source>
            <translation>bilan final</translation>
        </message>
    </context>
    <context>
        <name>course_review</name>
        <message numerus="yes">
            <source>%n more session(s)</source>
            <translation>
                <numerusform>%n séance de plus</numerusform>
                <numerusform>%n séances de plus</numerusform>
            </translation>
        </message>
        <message>
            <source>No pain score at the start of the course yet.</source>
            <translation>Aucun score de douleur au début de la série pour l'instant.</translation>
        </message>
        <message>
            <source>Pain at the start: {baseline}/10; no session has a pain score yet.</source>
            <translation>Douleur au début : {baseline}/10; aucune séance n'a encore de score de douleur.</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) less</source>
            <translation>
                <numerusform>%n point de moins</numerusform>
                <numerusform>%n points de moins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) more</source>
            <translation>
                <numerusform>%n point de plus</numerusform>
                <numerusform>%n points de plus</numerusform>
            </translation>
        </message>
        <message>
            <source>no change</source>
            <translation>aucun changement</translation>
        </message>
        <message>
            <source> ({percent} %)</source>
            <translation> ({percent} %)</translation>
        </message>
        <message>
            <source>a meaningful improvement (at least 2 points or 30 %)</source>
            <translation>une amélioration significative (au moins 2 points ou 30 %)</translation>
        </message>
        <message>
            <source>not yet a meaningful improvement (2 points or 30 %)</source>
            <translation>pas encore d'amélioration significative (2 points ou 30 %)</translation>
        </message>
        <message>
            <source>Pain (NRS now) {baseline} → {latest}: {how} — {verdict}.</source>
            <translation>Douleur (NRS actuelle) {baseline} → {latest} : {how} — {verdict}.</translation>
        </message>
        <message>
            <source>This course is closed already.</source>
            <translation>Cette série est déjà close.</translation>
        </message>
        <message numerus="yes">
            <source>Review before the first of %n session(s)</source>
            <translation>
                <numerusform>Bilan avant la première séance (%n prévue)</numerusform>
                <numerusform>Bilan avant la première des %n séances</numerusform>
            </translation>
        </message>
        <message>
            <source>Review after session {number} of {planned}</source>
            <translation>Bilan après la séance {number} sur {planned}</translation>
        </message>
        <message>
            <source>{heading} ({review_point})</source>
            <translation>{heading} ({review_point})</translation>
        </message>
        <message>
            <source>The course could not be opened.</source>
            <translation>La série n'a pas pu être ouverte.</translation>
        </message>
    </context>
    <context>
        <name>course_rules</name>
        <message>
            <source>Session {number} would be past the {planned} planned for this course.</source>
            <translation>La séance {number} dépasserait les {planned} séances prévues pour cette série.</translation>
        </message>
        <message>
            <source>Extend the course (how many more sessions, and why) to record it.</source>
            <translation>Prolongez la série (combien de séances de plus, et pourquoi) pour la consigner.</translation>
        </message>
        <message>
            <source>Reason for more sessions</source>
            <translation>Motif des séances supplémentaires</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Planned sessions: from {first} to {last}.</source>
            <translation>Séances prévues : de {first} à {last}.</translation>
        </message>
        <message>
            <source>Reason for more sessions: more than {usual_max_sessions} needs a reason.</source>
            <translation>Motif des séances supplémentaires : plus de {usual_max_sessions} séances exigent un motif.</translation>
        </message>
        <message>
            <source>Frequency: every two weeks, or once, twice or three times a week.</source>
            <translation>Fréquence : toutes les deux semaines, ou une, deux ou trois fois par semaine.</translation>
        </message>
        <message>
            <source>Start date: required.</source>
            <translation>Date de début : obligatoire.</translation>
        </message>
        <message>
            <source>Start date: within a year from today.</source>
            <translation>Date de début : dans l'année qui suit aujourd'hui.</translation>
        </message>
        <message>
            <source>Mid-course review: at a session from 1 to the last.</source>
            <translation>Bilan de mi-parcours : à une séance, de la première à la dernière.</translation>
        </message>
        <message>
            <source>Target pain: a whole number from 0 to 10.</source>
            <translation>Douleur visée : un nombre entier de 0 à 10.</translation>
        </message>
        <message numerus="yes">
            <source>Dates: one for each of the %n session(s).</source>
            <translation>
                <numerusform>Dates : une pour la séance prévue (%n).</numerusform>
                <numerusform>Dates : une pour chacune des %n séances.</numerusform>
            </translation>
        </message>
        <message>
            <source>Dates: session {number} is before the course starts ({start}).</source>
            <translation>Dates : la séance {number} précède le début de la série ({start}).</translation>
        </message>
        <message>
            <source>Dates: session {number} comes before session {previous}.</source>
            <translation>Dates : la séance {number} précède la séance {previous}.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>More sessions: this course already has {max_sessions}.</source>
            <translation>Séances supplémentaires : cette série en compte déjà {max_sessions}.</translation>
        </message>
        <message>
            <source>More sessions: from 1 to {room}.</source>
            <translation>Séances supplémentaires : de 1 à {room}.</translation>
        </message>
        <message>
            <source>This course is closed; no more sessions can be recorded in it.</source>
            <translation>Cette série est close; aucune autre séance ne peut y être consignée.</translation>
        </message>
        <message>
            <source>Start a new course from a current intake.</source>
            <translation>Commencez une nouvelle série à partir d'une évaluation à jour.</translation>
        </message>
        <message>
            <source>Refer to</source>
            <translation>Orienter vers</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Decision: continue, adjust the plan, extend, discharge or refer.</source>
            <translation>Décision : poursuivre, ajuster le plan, prolonger, donner congé ou orienter.</translation>
        </message>
        <message>
            <source>Discharge reason: goals met, plateau or patient's choice.</source>
            <translation>Motif du congé : objectifs atteints, plateau ou choix du patient.</translation>
        </message>
        <message>
            <source>Refer to: say to whom (for example the GP).</source>
            <translation>Orienter vers : indiquez vers qui (par exemple le médecin de famille).</translation>
        </message>
        <message>
            <source>Reason: say why the patient is referred.</source>
            <translation>Motif : indiquez pourquoi le patient est orienté.</translation>
        </message>
        <message numerus="yes">
            <source>%n safety finding(s) stop this plan: </source>
            <translation>
                <numerusform>%n constat de sécurité bloque ce plan : </numerusform>
                <numerusform>%n constats de sécurité bloquent ce plan : </numerusform>
            </translation>
        </message>
        <message>
            <source>Change the plan, or record an override reason for each finding.</source>
            <translation>Modifiez le plan, ou consignez un motif de dérogation pour chaque constat.</translation>
        </message>
        <message numerus="yes">
            <source>%n safety caution(s) are not acknowledged yet.</source>
            <translation>
                <numerusform>%n mise en garde de sécurité n'est pas encore prise en compte.</numerusform>
                <numerusform>%n mises en garde de sécurité ne sont pas encore prises en compte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Read each caution and acknowledge it.</source>
            <translation>Lisez chaque mise en garde et prenez-la en compte.</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Motif de la dérogation</translation>
        </message>
        <message>
            <source>Override reason: say why (at least {override_reason_min} characters).</source>
            <translation>Motif de la dérogation : indiquez pourquoi (au moins {override_reason_min} caractères).</translation>
        </message>
    </context>
    <context>
        <name>courses</name>
        <message>
            <source>Session {number} of {planned}</source>
            <translation>Séance {number} sur {planned}</translation>
        </message>
        <message>
            <source>Planned sessions: session {number} is already paid for.</source>
            <translation>Séances prévues : la séance {number} est déjà payée.</translation>
        </message>
        <message>
            <source>Date: after session {number} ({after}); move that one first.</source>
            <translation>Date : après la séance {number} ({after}); déplacez d'abord celle-ci.</translation>
        </message>
        <message>
            <source>There is no patient {patient_id}.</source>
            <translation>Il n'y a aucun patient {patient_id}.</translation>
        </message>
        <message>
            <source>Date: before the course starts ({start}).</source>
            <translation>Date : avant le début de la série ({start}).</translation>
        </message>
        <message>
            <source>Date: before session {number} ({day}).</source>
            <translation>Date : avant la séance {number} ({day}).</translation>
        </message>
        <message>
            <source>This patient has no intake yet.</source>
            <translation>Ce patient n'a encore aucune évaluation.</translation>
        </message>
        <message>
            <source>Take the intake first; a course starts from it.</source>
            <translation>Faites d'abord l'évaluation; une série commence à partir de celle-ci.</translation>
        </message>
        <message>
            <source>Planned sessions: at least {begun}, the sessions already begun.</source>
            <translation>Séances prévues : au moins {begun}, soit les séances déjà commencées.</translation>
        </message>
        <message>
            <source>There is no session {session_id}.</source>
            <translation>Il n'y a aucune séance {session_id}.</translation>
        </message>
        <message>
            <source>Only a session that has not begun can be moved to another day.</source>
            <translation>Seule une séance qui n'a pas commencé peut être déplacée à un autre jour.</translation>
        </message>
        <message>
            <source>This course is closed; start a new course instead.</source>
            <translation>Cette série est close; commencez plutôt une nouvelle série.</translation>
        </message>
        <message>
            <source>This course is closed already.</source>
            <translation>Cette série est déjà close.</translation>
        </message>
        <message>
            <source>Refer before treating: the latest intake has a red flag ({why}) and this course holds no override for it, so no sessions were added.</source>
            <translation>Orienter avant de traiter : la dernière évaluation présente un signal d'alarme ({why}) et cette série ne contient aucune dérogation à ce sujet; aucune séance n'a donc été ajoutée.</translation>
        </message>
        <message>
            <source>Refer the patient, or record the override with a reason in the plan editor (Plan…) first.</source>
            <translation>Orientez le patient, ou consignez d'abord la dérogation avec un motif dans l'éditeur de plan (Plan…).</translation>
        </message>
        <message>
            <source>There is no course {course_id}.</source>
            <translation>Il n'y a aucune série {course_id}.</translation>
        </message>
    </context>
    <context>
        <name>database_errors</name>
        <message>
            <source>This database is not signed in to with PostgreSQL logins.</source>
            <translation>On ne se connecte pas à cette base de données avec des identifiants PostgreSQL.</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it; nothing was overwritten.</source>
            <translation>Quelqu'un d'autre a enregistré cette fiche après que vous l'avez ouverte; rien n'a été écrasé.</translation>
        </message>
        <message>
            <source>Reload it to see their changes, then make yours again.</source>
            <translation>Rechargez-la pour voir ses modifications, puis refaites les vôtres.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost while saving, so AcuPlanner cannot tell whether this was saved.</source>
            <translation>La connexion au serveur de base de données a été perdue pendant l'enregistrement; AcuPlanner ne peut donc pas savoir si l'enregistrement a été fait.</translation>
        </message>
        <message>
            <source>Save again once the server is back: a save made twice is kept once.</source>
            <translation>Enregistrez de nouveau quand le serveur sera rétabli : un enregistrement fait deux fois n'est conservé qu'une fois.</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The database refused this to your account ({reason}).{outcome}</source>
            <translation>La base de données a refusé cette opération à votre compte ({reason}).{outcome}</translation>
        </message>
        <message>
            <source>Ask a colleague with the right role, or an administrator.</source>
            <translation>Demandez à un collègue qui a le rôle approprié, ou à un administrateur.</translation>
        </message>
        <message>
            <source>{database} is not an SQLite database.</source>
            <translation>{database} n'est pas une base de données SQLite.</translation>
        </message>
        <message>
            <source>Point --database at an AcuPlanner database or at a new file name.</source>
            <translation>Faites pointer --database vers une base de données AcuPlanner ou vers un nouveau nom de fichier.</translation>
        </message>
        <message>
            <source>Cannot open the database file {database}: {reason}.</source>
            <translation>Impossible d'ouvrir le fichier de base de données {database} : {reason}.</translation>
        </message>
        <message>
            <source>Check that the file and its folder exist and are writable.</source>
            <translation>Vérifiez que le fichier et son dossier existent et sont accessibles en écriture.</translation>
        </message>
        <message>
            <source>Cannot connect to the database server at {url}: {reason}.</source>
            <translation>Impossible de se connecter au serveur de base de données à {url} : {reason}.</translation>
        </message>
        <message>
            <source>Check that the server is running and the address, user and password are right.</source>
            <translation>Vérifiez que le serveur est en marche et que l'adresse, l'utilisateur et le mot de passe sont exacts.</translation>
        </message>
        <message>
            <source>The user name or password is not right.</source>
            <translation>Le nom d'utilisateur ou le mot de passe est incorrect.</translation>
        </message>
        <message>
            <source>The database server at {server} did not let anyone in ({detail}).</source>
            <translation>Le serveur de base de données à {server} n'a laissé personne se connecter ({detail}).</translation>
        </message>
        <message>
            <source>Ask clinic IT to check the server.</source>
            <translation>Demandez au soutien informatique de la clinique de vérifier le serveur.</translation>
        </message>
        <message>
            <source>Cannot reach the database server at {server}.</source>
            <translation>Impossible de joindre le serveur de base de données à {server}.</translation>
        </message>
        <message>
            <source>Check the network and that the server is running, then try again.</source>
            <translation>Vérifiez le réseau et que le serveur est en marche, puis réessayez.</translation>
        </message>
        <message>
            <source>Your database login may not read the schema version.</source>
            <translation>Votre identifiant de base de données n'est pas autorisé à lire la version du schéma.</translation>
        </message>
        <message>
            <source>Ask clinic IT to run 'acuplanner pg-logins' on this database.</source>
            <translation>Demandez au soutien informatique de la clinique d'exécuter « acuplanner pg-logins » sur cette base de données.</translation>
        </message>
        <message>
            <source>This database was written by a newer AcuPlanner (schema {revision}).</source>
            <translation>Cette base de données a été écrite par une version plus récente d'AcuPlanner (schéma {revision}).</translation>
        </message>
        <message>
            <source>Install the newer AcuPlanner on this computer; nothing was changed.</source>
            <translation>Installez la version plus récente d'AcuPlanner sur cet ordinateur; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>schema {revision}</source>
            <translation>schéma {revision}</translation>
        </message>
        <message>
            <source>no AcuPlanner schema yet</source>
            <translation>aucun schéma AcuPlanner pour l'instant</translation>
        </message>
        <message>
            <source>The database has {found}, older than this AcuPlanner's ({head}).</source>
            <translation>État de la base de données : {found}, plus ancien que le schéma de cette version d'AcuPlanner ({head}).</translation>
        </message>
        <message>
            <source>Ask clinic IT to run 'acuplanner migrate' on it; nothing was changed.</source>
            <translation>Demandez au soutien informatique de la clinique d'exécuter « acuplanner migrate » sur celle-ci; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The database is busy (another window or workstation is saving). {outcome}</source>
            <translation>La base de données est occupée (une autre fenêtre ou un autre poste de travail enregistre). {outcome}</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The database could not be written ({reason}). {outcome}</source>
            <translation>Impossible d'écrire dans la base de données ({reason}). {outcome}</translation>
        </message>
        <message>
            <source>Free some disk space or check the drive, then try again.</source>
            <translation>Libérez de l'espace disque ou vérifiez le disque, puis réessayez.</translation>
        </message>
        <message>
            <source>Lost the connection to the database server ({reason}). {outcome}</source>
            <translation>Connexion au serveur de base de données perdue ({reason}). {outcome}</translation>
        </message>
        <message>
            <source>The database failed: {reason}. {outcome}</source>
            <translation>Défaillance de la base de données : {reason}. {outcome}</translation>
        </message>
        <message>
            <source>Nobody is signed in to the database server on this computer.</source>
            <translation>Personne n'est connecté au serveur de base de données sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Sign in first. Commands other than users and export need clinic IT's owner login in the URL (postgresql+psycopg://OWNER@HOST:PORT/DB).</source>
            <translation>Connectez-vous d'abord. Les commandes autres que users et export exigent l'identifiant propriétaire du soutien informatique de la clinique dans l'URL (postgresql+psycopg://OWNER@HOST:PORT/DB).</translation>
        </message>
        <message>
            <source>The database address is not a valid URL.</source>
            <translation>L'adresse de la base de données n'est pas une URL valide.</translation>
        </message>
        <message>
            <source>Use postgresql+psycopg://HOST:PORT/DBNAME or a path to an SQLite file.</source>
            <translation>Utilisez postgresql+psycopg://HOST:PORT/DBNAME ou le chemin d'un fichier SQLite.</translation>
        </message>
        <message>
            <source>AcuPlanner does not support '{backend}' databases.</source>
            <translation>AcuPlanner ne prend pas en charge les bases de données « {backend} ».</translation>
        </message>
        <message>
            <source>Use SQLite (a file path) or PostgreSQL (postgresql+psycopg://…).</source>
            <translation>Utilisez SQLite (un chemin de fichier) ou PostgreSQL (postgresql+psycopg://…).</translation>
        </message>
        <message>
            <source>AcuPlanner needs an SQLite file, not an in-memory database.</source>
            <translation>AcuPlanner a besoin d'un fichier SQLite, et non d'une base de données en mémoire.</translation>
        </message>
        <message>
            <source>Give a file path, e.g. --database ~/acuplanner.sqlite3.</source>
            <translation>Indiquez un chemin de fichier, p. ex. --database ~/acuplanner.sqlite3.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} est un fichier, et non un dossier.</translation>
        </message>
        <message>
            <source>Choose a folder you can write to with --database PATH.</source>
            <translation>Choisissez un dossier dans lequel vous pouvez écrire avec --database PATH.</translation>
        </message>
        <message>
            <source>Cannot create the folder for the database ({folder}): {exc}.</source>
            <translation>Impossible de créer le dossier de la base de données ({folder}) : {exc}.</translation>
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation>{folder} n'est pas un dossier.</translation>
        </message>
        <message>
            <source>Session {id} is signed and cannot be changed.</source>
            <translation>La séance {id} est signée et ne peut pas être modifiée.</translation>
        </message>
        <message>
            <source>Add an amendment instead; the signed record stays as it was.</source>
            <translation>Ajoutez plutôt un addenda; le dossier signé reste tel quel.</translation>
        </message>
        <message>
            <source>Session {id} is signed; its details cannot be changed.</source>
            <translation>La séance {id} est signée; ses détails ne peuvent pas être modifiés.</translation>
        </message>
        <message>
            <source>Restore the newest backup: acuplanner --database {path} restore FILE (backups are kept in {backups}). 'acuplanner check' lists the damage.</source>
            <translation>Restaurez la sauvegarde la plus récente : acuplanner --database {path} restore FILE (les sauvegardes sont conservées dans {backups}). La commande « acuplanner check » énumère les dommages.</translation>
        </message>
        <message>
            <source>Restore the newest backup: acuplanner --database {path} restore FILE. 'acuplanner check' lists the damage.</source>
            <translation>Restaurez la sauvegarde la plus récente : acuplanner --database {path} restore FILE. La commande « acuplanner check » énumère les dommages.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problème</numerusform>
                <numerusform>%n problèmes</numerusform>
            </translation>
        </message>
        <message>
            <source>damage</source>
            <translation>des dommages</translation>
        </message>
        <message>
            <source>The database file {path} is damaged (SQLite's own check found {found}); AcuPlanner did not open it and nothing was changed.</source>
            <translation>Le fichier de base de données {path} est endommagé (la vérification propre à SQLite a trouvé {found}); AcuPlanner ne l'a pas ouvert et rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>database_location</name>
        <message>
            <source>Keep the SQLite file on this computer's own disk, or, for several workstations, set up PostgreSQL (docs/admin-guide.md: 'A clinic with several workstations: PostgreSQL').</source>
            <translation>Gardez le fichier SQLite sur le disque de cet ordinateur ou, pour plusieurs postes de travail, configurez PostgreSQL (docs/admin-guide.md : « A clinic with several workstations: PostgreSQL »).</translation>
        </message>
        <message>
            <source>{text} is on a network share; an SQLite database there can be corrupted when two computers use it.</source>
            <translation>{text} se trouve sur un partage réseau; une base de données SQLite qui s'y trouve peut être corrompue lorsque deux ordinateurs l'utilisent.</translation>
        </message>
        <message>
            <source>{text} is inside a sync folder ({folder}); syncing an open SQLite database corrupts it.</source>
            <translation>{text} se trouve dans un dossier synchronisé ({folder}); la synchronisation d'une base de données SQLite ouverte la corrompt.</translation>
        </message>
        <message>
            <source>{text} is on a network drive; an SQLite database there can be corrupted when two computers use it.</source>
            <translation>{text} se trouve sur un lecteur réseau; une base de données SQLite qui s'y trouve peut être corrompue lorsque deux ordinateurs l'utilisent.</translation>
        </message>
        <message>
            <source>{text} is on a network file system ({fstype} mounted at {point}); an SQLite database there can be corrupted when two computers use it.</source>
            <translation>{text} se trouve sur un système de fichiers réseau ({fstype} monté sur {point}); une base de données SQLite qui s'y trouve peut être corrompue lorsque deux ordinateurs l'utilisent.</translation>
        </message>
    </context>
    <context>
        <name>document_errors</name>
        <message>
            <source>Your own advice</source>
            <translation>Vos propres conseils</translation>
        </message>
        <message>
            <source>The home advice was removed after you opened it.</source>
            <translation>Les conseils à domicile ont été supprimés après que vous les avez ouverts.</translation>
        </message>
        <message>
            <source>course {id}</source>
            <translation>la série {id}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>la période du {first} au {last}</translation>
        </message>
        <message>
            <source>No session has been given in {where}; there is nothing to print.</source>
            <translation>Aucune séance n'a été donnée dans {where}; il n'y a rien à imprimer.</translation>
        </message>
        <message>
            <source>No session has been signed in {where}; there is nothing to print.</source>
            <translation>Aucune séance n'a été signée dans {where}; il n'y a rien à imprimer.</translation>
        </message>
        <message>
            <source>Session {id} has not been given ({status}); there is nothing to print for it.</source>
            <translation>La séance {id} n'a pas été donnée ({status}); il n'y a rien à imprimer pour celle-ci.</translation>
        </message>
        <message>
            <source>There is no session {session_id}.</source>
            <translation>Il n'y a aucune séance {session_id}.</translation>
        </message>
        <message>
            <source>Patient {id} has no session {session_id}.</source>
            <translation>Le patient {id} n'a aucune séance {session_id}.</translation>
        </message>
        <message>
            <source>Patient {id} has no course {course_id}.</source>
            <translation>Le patient {id} n'a aucune série {course_id}.</translation>
        </message>
        <message>
            <source>A date range needs both a first and a last day.</source>
            <translation>Une période exige un premier et un dernier jour.</translation>
        </message>
        <message>
            <source>The first day of the date range is after its last day.</source>
            <translation>Le premier jour de la période est postérieur au dernier.</translation>
        </message>
        <message>
            <source>A take-home sheet is for one session, or for the end of one course.</source>
            <translation>Une fiche remise au patient porte sur une séance, ou sur la fin d'une série.</translation>
        </message>
        <message>
            <source>A receipt is for one session, one course, or a date range.</source>
            <translation>Un reçu porte sur une séance, une série ou une période.</translation>
        </message>
        <message>
            <source>A clinical report is for one course.</source>
            <translation>Un rapport clinique porte sur une série.</translation>
        </message>
        <message>
            <source>Unknown document {name!r}: use take-home, receipt or clinical-report.</source>
            <translation>Document inconnu {name!r} : utilisez take-home, receipt ou clinical-report.</translation>
        </message>
        <message>
            <source>There is no patient {patient_id}.</source>
            <translation>Il n'y a aucun patient {patient_id}.</translation>
        </message>
        <message>
            <source>Reception prints documents of signed sessions only.</source>
            <translation>La réception n'imprime que les documents des séances signées.</translation>
        </message>
        <message>
            <source>Ask the practitioner to sign the session first.</source>
            <translation>Demandez d'abord au praticien de signer la séance.</translation>
        </message>
        <message>
            <source>This receipt was prepared for the screen and has no number yet: prepare it again to print or save it.</source>
            <translation>Ce reçu a été préparé pour l'écran et n'a pas encore de numéro : préparez-le de nouveau pour l'imprimer ou l'enregistrer.</translation>
        </message>
        <message>
            <source>Session {session_id} is not signed yet: reception prints receipts for signed sessions only.</source>
            <translation>La séance {session_id} n'est pas encore signée : la réception n'imprime que les reçus des séances signées.</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>The receipt number is given when the receipt is printed or saved, not by this preview.</source>
            <translation>Le numéro du reçu est attribué lorsque le reçu est imprimé ou enregistré, et non par cet aperçu.</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Enregistré sous {path}.</translation>
        </message>
        <message numerus="yes">
            <source>Printed %n page(s) to {path}.</source>
            <translation>
                <numerusform>%n page imprimée dans {path}.</numerusform>
                <numerusform>%n pages imprimées dans {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>%n page envoyée à l'imprimante.</numerusform>
                <numerusform>%n pages envoyées à l'imprimante.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} was not replaced; nothing was saved.</source>
            <translation>{name} n'a pas été remplacé; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>{problem} Choose another file name.</source>
            <translation>{problem} Choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>Home advice saved.</source>
            <translation>Conseils à domicile enregistrés.</translation>
        </message>
        <message>
            <source>The document could not be made ({error}); the details are in the log.</source>
            <translation>Le document n'a pas pu être créé ({error}); les détails figurent dans le journal.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>document</source>
            <translation>document</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>sauvegarde</translation>
        </message>
        <message>
            <source>takings file</source>
            <translation>fichier des recettes</translation>
        </message>
        <message>
            <source>calendar file</source>
            <translation>fichier de calendrier</translation>
        </message>
        <message>
            <source>{path} is not a file name; choose a file to write the {what} to.</source>
            <translation>{path} n'est pas un nom de fichier; choisissez un fichier de destination ({what}).</translation>
        </message>
        <message>
            <source>A {what} cannot be written over the database itself: {path} is one of its files.</source>
            <translation>Impossible d'écrire ({what}) par-dessus la base de données elle-même : {path} est l'un de ses fichiers.</translation>
        </message>
        <message>
            <source>Choose another file name for the {what}.</source>
            <translation>Choisissez un autre nom de fichier ({what}).</translation>
        </message>
        <message>
            <source>{path} is a symbolic link; AcuPlanner does not write a {what} through a link.</source>
            <translation>{path} est un lien symbolique; AcuPlanner n'écrit pas ({what}) par l'intermédiaire d'un lien.</translation>
        </message>
        <message>
            <source>Choose the file itself, or a new file name.</source>
            <translation>Choisissez le fichier lui-même, ou un nouveau nom de fichier.</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>un dossier</translation>
        </message>
        <message>
            <source>a device, pipe or socket</source>
            <translation>un périphérique, un tube ou un socket</translation>
        </message>
        <message>
            <source>{path} is {kind}, not a file; a {what} is written only to a regular file.</source>
            <translation>{path} est {kind}, et non un fichier; l'écriture ({what}) se fait seulement dans un fichier ordinaire.</translation>
        </message>
        <message>
            <source>Choose a file name.</source>
            <translation>Choisissez un nom de fichier.</translation>
        </message>
        <message>
            <source>{path} already exists and was not replaced.</source>
            <translation>{path} existe déjà et n'a pas été remplacé.</translation>
        </message>
        <message>
            <source>Use --force to replace it, or choose a new file name.</source>
            <translation>Utilisez --force pour le remplacer, ou choisissez un nouveau nom de fichier.</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>document PDF</translation>
        </message>
        <message>
            <source>{path} exists and is not a {noun}; AcuPlanner replaces only an earlier {noun}.</source>
            <translation>{path} existe et n'est pas de type « {noun} »; AcuPlanner remplace seulement un fichier antérieur de type « {noun} ».</translation>
        </message>
        <message>
            <source>Choose a new file name.</source>
            <translation>Choisissez un nouveau nom de fichier.</translation>
        </message>
        <message>
            <source>The {what} could not be saved as {name}: {reason}.</source>
            <translation>Impossible d'enregistrer ({what}) sous {name} : {reason}.</translation>
        </message>
        <message>
            <source>Choose another folder, or free some disk space, and try again.</source>
            <translation>Choisissez un autre dossier, ou libérez de l'espace disque, puis réessayez.</translation>
        </message>
    </context>
    <context>
        <name>intake</name>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
    <context>
        <name>intake_rules</name>
        <message>
            <source>Blood thinners: answered No, but the medication list names {names}. Change the answer to Yes, or keep No and say why in a note (at least {answer_note_min} characters).</source>
            <translation>Anticoagulants : la réponse est Non, mais la liste des médicaments mentionne {names}. Changez la réponse pour Oui, ou gardez Non et expliquez pourquoi dans une note (au moins {answer_note_min} caractères).</translation>
        </message>
        <message>
            <source>Presenting complaint</source>
            <translation>Motif de consultation</translation>
        </message>
        <message>
            <source>How it started</source>
            <translation>Mode d'apparition</translation>
        </message>
        <message>
            <source>Other cause</source>
            <translation>Autre cause</translation>
        </message>
        <message>
            <source>What makes it worse</source>
            <translation>Facteurs aggravants</translation>
        </message>
        <message>
            <source>What makes it better</source>
            <translation>Facteurs de soulagement</translation>
        </message>
        <message>
            <source>Effect on sleep</source>
            <translation>Effet sur le sommeil</translation>
        </message>
        <message>
            <source>Effect on work</source>
            <translation>Effet sur le travail</translation>
        </message>
        <message>
            <source>Goals in the patient's words</source>
            <translation>Objectifs selon les mots du patient</translation>
        </message>
        <message>
            <source>Activities to return to</source>
            <translation>Activités à reprendre</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Autres affections</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>Conseils donnés</translation>
        </message>
        <message>
            <source>Parent's or guardian's consent</source>
            <translation>Consentement du parent ou du tuteur</translation>
        </message>
        <message>
            <source>Style of acupuncture</source>
            <translation>Style d'acupuncture</translation>
        </message>
        <message>
            <source>Tongue</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Pulse</source>
            <translation>Pouls</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Syndrome</translation>
        </message>
        <message>
            <source>Pain now</source>
            <translation>Douleur actuelle</translation>
        </message>
        <message>
            <source>Worst pain this week</source>
            <translation>Pire douleur cette semaine</translation>
        </message>
        <message>
            <source>Average pain this week</source>
            <translation>Douleur moyenne cette semaine</translation>
        </message>
        <message>
            <source>PEG: average pain</source>
            <translation>PEG : douleur moyenne</translation>
        </message>
        <message>
            <source>PEG: enjoyment of life</source>
            <translation>PEG : plaisir de vivre</translation>
        </message>
        <message>
            <source>PEG: general activity</source>
            <translation>PEG : activité générale</translation>
        </message>
        <message>
            <source>Target pain</source>
            <translation>Douleur visée</translation>
        </message>
        <message>
            <source>{label}: a whole number from 0 to 10.</source>
            <translation>{label} : un nombre entier de 0 à 10.</translation>
        </message>
        <message>
            <source>PEG: answer all three questions, or none.</source>
            <translation>PEG : répondez aux trois questions, ou à aucune.</translation>
        </message>
        <message>
            <source>Sciatica: which leg — left, right or both?</source>
            <translation>Sciatique : quelle jambe — gauche, droite ou les deux?</translation>
        </message>
        <message>
            <source>Other cause: say what it is.</source>
            <translation>Autre cause : précisez laquelle.</translation>
        </message>
        <message>
            <source>Body outline: a mark lies outside the drawing.</source>
            <translation>Silhouette du corps : une marque se trouve hors du dessin.</translation>
        </message>
        <message>
            <source>Medications</source>
            <translation>Médicaments</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <source>How it went</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Both legs: sciatica is recorded in both legs, but this is answered No. Change the answer to Yes, or correct the side of the sciatica.</source>
            <translation>Les deux jambes : une sciatique est consignée dans les deux jambes, mais la réponse à cette question est Non. Changez la réponse pour Oui, ou corrigez le côté de la sciatique.</translation>
        </message>
        <message>
            <source>Cleared by</source>
            <translation>Autorisé par</translation>
        </message>
        <message>
            <source>Clearance note</source>
            <translation>Note d'autorisation</translation>
        </message>
        <message>
            <source>Clearance: only for a red flag answered Yes.</source>
            <translation>Autorisation : seulement pour un signal d'alarme auquel la réponse est Oui.</translation>
        </message>
        <message>
            <source>Clearance: say who cleared the patient (for example Dr A. Jones).</source>
            <translation>Autorisation : indiquez qui a autorisé le traitement du patient (par exemple Dr A. Jones).</translation>
        </message>
        <message>
            <source>Clearance date: cannot be in the future.</source>
            <translation>Date de l'autorisation : ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Intake date: required.</source>
            <translation>Date de l'évaluation : obligatoire.</translation>
        </message>
        <message>
            <source>Intake date: cannot be in the future.</source>
            <translation>Date de l'évaluation : ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>Onset: cannot be in the future.</source>
            <translation>Début des symptômes : ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>Onset: cannot be after the intake date.</source>
            <translation>Début des symptômes : ne peut pas être postérieur à la date de l'évaluation.</translation>
        </message>
        <message>
            <source>Weeks pregnant: only when the patient is pregnant.</source>
            <translation>Semaines de grossesse : seulement si la patiente est enceinte.</translation>
        </message>
        <message>
            <source>Weeks pregnant: from 0 to {max_gestation_weeks}.</source>
            <translation>Semaines de grossesse : de 0 à {max_gestation_weeks}.</translation>
        </message>
        <message>
            <source>Do you have a pacemaker, defibrillator or any implanted electrical device?</source>
            <translation>Avez-vous un stimulateur cardiaque, un défibrillateur ou un autre appareil électrique implanté?</translation>
        </message>
        <message>
            <source>Do you have epilepsy or have you ever had a seizure?</source>
            <translation>Êtes-vous épileptique ou avez-vous déjà fait une crise convulsive?</translation>
        </message>
        <message>
            <source>Do you have a bleeding disorder (such as haemophilia) or a low platelet count?</source>
            <translation>Avez-vous un trouble de la coagulation (comme l'hémophilie) ou un faible taux de plaquettes?</translation>
        </message>
        <message>
            <source>Do you bruise easily, or bleed for long after a small cut?</source>
            <translation>Avez-vous facilement des bleus, ou saignez-vous longtemps après une petite coupure?</translation>
        </message>
        <message>
            <source>Do you take blood thinners (for example warfarin, apixaban or clopidogrel)?</source>
            <translation>Prenez-vous des anticoagulants (par exemple warfarine, apixaban ou clopidogrel)?</translation>
        </message>
        <message>
            <source>Is your immune system weakened (chemotherapy, transplant, HIV, strong steroids)?</source>
            <translation>Votre système immunitaire est-il affaibli (chimiothérapie, greffe, VIH, corticostéroïdes à forte dose)?</translation>
        </message>
        <message>
            <source>Do you have diabetes?</source>
            <translation>Êtes-vous diabétique?</translation>
        </message>
        <message>
            <source>Is there any area where you cannot feel touch, heat or cold properly?</source>
            <translation>Y a-t-il une région où vous ne sentez pas bien le toucher, la chaleur ou le froid?</translation>
        </message>
        <message>
            <source>Is there a wound, rash, infection or fresh scar on your back?</source>
            <translation>Avez-vous une plaie, une éruption cutanée, une infection ou une cicatrice récente au dos?</translation>
        </message>
        <message>
            <source>Are you very afraid of needles?</source>
            <translation>Avez-vous très peur des aiguilles?</translation>
        </message>
        <message>
            <source>Have you ever fainted during an injection, a blood test or acupuncture?</source>
            <translation>Vous êtes-vous déjà évanoui lors d'une injection, d'une prise de sang ou d'une séance d'acupuncture?</translation>
        </message>
        <message>
            <source>Are you allergic to metals such as nickel?</source>
            <translation>Êtes-vous allergique à des métaux comme le nickel?</translation>
        </message>
        <message>
            <source>Do you have heart disease or an irregular heartbeat?</source>
            <translation>Avez-vous une maladie cardiaque ou un rythme cardiaque irrégulier?</translation>
        </message>
        <message>
            <source>Do you have lymphoedema (swelling) in an arm or leg?</source>
            <translation>Avez-vous un lymphœdème (enflure) à un bras ou à une jambe?</translation>
        </message>
        <message>
            <source>Is there metal in your body (joint replacement, plates, screws, rods in the spine)?</source>
            <translation>Avez-vous du métal dans le corps (prothèse articulaire, plaques, vis, tiges dans la colonne)?</translation>
        </message>
    </context>
    <context>
        <name>intake_service</name>
        <message>
            <source>There is no patient {patient_id}.</source>
            <translation>Il n'y a aucun patient {patient_id}.</translation>
        </message>
        <message>
            <source>Consent date: cannot be in the future.</source>
            <translation>Date du consentement : ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>There is no intake {intake_id} for this patient.</source>
            <translation>Il n'y a aucune évaluation {intake_id} pour ce patient.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Signed in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Échec de la connexion</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Déconnexion</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillage</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Déverrouillage</translation>
        </message>
        <message>
            <source>Unlock failed</source>
            <translation>Échec du déverrouillage</translation>
        </message>
        <message>
            <source>Opened record</source>
            <translation>Dossier ouvert</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Création</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivage</translation>
        </message>
        <message>
            <source>Signed session</source>
            <translation>Séance signée</translation>
        </message>
        <message>
            <source>Amended</source>
            <translation>Addenda</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportation</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>User administration</source>
            <translation>Gestion des utilisateurs</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refus</translation>
        </message>
        <message>
            <source>Safety override</source>
            <translation>Dérogation de sécurité</translation>
        </message>
        <message>
            <source>Clinic settings</source>
            <translation>Paramètres de la clinique</translation>
        </message>
        <message>
            <source>Database restored</source>
            <translation>Base de données restaurée</translation>
        </message>
        <message>
            <source>Other…</source>
            <translation>Autre…</translation>
        </message>
    </context>
    <context>
        <name>maintenance</name>
        <message>
            <source>There is no database at {live}; nothing to back up.</source>
            <translation>Il n'y a aucune base de données à {live}; rien à sauvegarder.</translation>
        </message>
        <message>
            <source>A backup cannot be written over the database itself.</source>
            <translation>Une sauvegarde ne peut pas écraser la base de données elle-même.</translation>
        </message>
        <message>
            <source>There is no backup file at {path}.</source>
            <translation>Il n'y a aucun fichier de sauvegarde à {path}.</translation>
        </message>
        <message>
            <source>pg-logins is for PostgreSQL databases; SQLite has no logins.</source>
            <translation>pg-logins s'applique aux bases de données PostgreSQL; SQLite n'a pas d'identifiants de connexion.</translation>
        </message>
        <message>
            <source>pg-logins needs the database owner's login in the URL (postgresql+psycopg://OWNER@HOST:PORT/DB); nothing was changed.</source>
            <translation>pg-logins exige l'identifiant du propriétaire de la base de données dans l'URL (postgresql+psycopg://OWNER@HOST:PORT/DB); rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>migrations</name>
        <message>
            <source>This database is not an AcuPlanner database (it has tables but no AcuPlanner schema).</source>
            <translation>Cette base de données n'est pas une base de données AcuPlanner (elle contient des tables, mais aucun schéma AcuPlanner).</translation>
        </message>
        <message>
            <source>Point --database at an AcuPlanner database or at a new, empty one.</source>
            <translation>Faites pointer --database vers une base de données AcuPlanner ou vers une nouvelle base vide.</translation>
        </message>
        <message>
            <source>This database was written by a newer AcuPlanner (schema {revision}).</source>
            <translation>Cette base de données a été écrite par une version plus récente d'AcuPlanner (schéma {revision}).</translation>
        </message>
        <message>
            <source>Install the newer AcuPlanner on this computer; nothing was changed.</source>
            <translation>Installez la version plus récente d'AcuPlanner sur cet ordinateur; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The upgrade would leave {problems} broken references; it was not applied.</source>
            <translation>La mise à niveau laisserait {problems} références rompues; elle n'a pas été appliquée.</translation>
        </message>
        <message>
            <source>Restore the backup and report this to AcuPlanner support.</source>
            <translation>Restaurez la sauvegarde et signalez le problème au soutien technique d'AcuPlanner.</translation>
        </message>
    </context>
    <context>
        <name>outcomes</name>
        <message>
            <source>{field}: enter a whole number from 0 to 10.</source>
            <translation>{field} : entrez un nombre entier de 0 à 10.</translation>
        </message>
        <message>
            <source>{field}: {value} is outside 0–10.</source>
            <translation>{field} : {value} est hors de l'intervalle 0–10.</translation>
        </message>
        <message>
            <source>{measure} is not recorded as a total score.</source>
            <translation>{measure} n'est pas consigné sous forme de score total.</translation>
        </message>
        <message>
            <source>{measure}: {value:g} is outside its range {low:g}–{high:g}.</source>
            <translation>{measure} : {value:g} est hors de son intervalle {low:g}–{high:g}.</translation>
        </message>
        <message>
            <source>{missing}: enter all three PEG items, or none.</source>
            <translation>{missing} : entrez les trois items PEG, ou aucun.</translation>
        </message>
        <message>
            <source>pain_now: enter pain now or the three PEG items.</source>
            <translation>pain_now : entrez la douleur actuelle ou les trois items PEG.</translation>
        </message>
        <message>
            <source>There is no session {session_id}.</source>
            <translation>Il n'y a aucune séance {session_id}.</translation>
        </message>
        <message>
            <source>Scores cannot be recorded for a cancelled session.</source>
            <translation>Aucun score ne peut être consigné pour une séance annulée.</translation>
        </message>
        <message>
            <source>There is no course {course_id}.</source>
            <translation>Il n'y a aucune série {course_id}.</translation>
        </message>
        <message>
            <source>on: scores cannot be dated in the future.</source>
            <translation>on : les scores ne peuvent pas être datés dans le futur.</translation>
        </message>
        <message>
            <source>on: the date is before the course started.</source>
            <translation>on : la date précède le début de la série.</translation>
        </message>
    </context>
    <context>
        <name>passwords</name>
        <message>
            <source>Password: use at least {password_min_length} characters.</source>
            <translation>Mot de passe : utilisez au moins {password_min_length} caractères.</translation>
        </message>
        <message>
            <source>Password: do not start or end it with a space.</source>
            <translation>Mot de passe : ne le faites ni commencer ni finir par une espace.</translation>
        </message>
        <message>
            <source>Password: it must not be the same as the user name.</source>
            <translation>Mot de passe : il ne doit pas être identique au nom d'utilisateur.</translation>
        </message>
        <message>
            <source>Password: use more different characters.</source>
            <translation>Mot de passe : utilisez des caractères plus variés.</translation>
        </message>
    </context>
    <context>
        <name>patient_rules</name>
        <message>
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Nom usuel</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contact en cas d'urgence</translation>
        </message>
        <message>
            <source>Emergency contact phone</source>
            <translation>Téléphone du contact en cas d'urgence</translation>
        </message>
        <message>
            <source>Referring physician</source>
            <translation>Médecin référent</translation>
        </message>
        <message>
            <source>Referring physician's clinic</source>
            <translation>Clinique du médecin référent</translation>
        </message>
        <message>
            <source>Referring physician's fax or email</source>
            <translation>Télécopieur ou courriel du médecin référent</translation>
        </message>
        <message>
            <source>Insurance provider</source>
            <translation>Assureur</translation>
        </message>
        <message>
            <source>Insurance plan or policy number</source>
            <translation>Numéro de contrat ou de police d'assurance</translation>
        </message>
        <message>
            <source>Family name: enter a family name or a given name.</source>
            <translation>Nom de famille : entrez un nom de famille ou un prénom.</translation>
        </message>
        <message>
            <source>Sex: choose female, male, intersex or not disclosed.</source>
            <translation>Sexe : choisissez féminin, masculin, intersexe ou non divulgué.</translation>
        </message>
    </context>
    <context>
        <name>patients</name>
        <message>
            <source>There is no patient {patient_id}.</source>
            <translation>Il n'y a aucun patient {patient_id}.</translation>
        </message>
    </context>
    <context>
        <name>payment_rules</name>
        <message>
            <source>Amount: more than 0, at most {cents} per session.</source>
            <translation>Montant : plus de 0, au plus {cents} par séance.</translation>
        </message>
        <message>
            <source>Method: one of {allowed}.</source>
            <translation>Mode de paiement : choisissez parmi {allowed}.</translation>
        </message>
        <message>
            <source>Paid on: cannot be in the future.</source>
            <translation>Payé le : ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Sessions: choose at least one session to pay.</source>
            <translation>Séances : choisissez au moins une séance à payer.</translation>
        </message>
        <message>
            <source>Sessions: at most {max_allocations} in one payment.</source>
            <translation>Séances : au plus {max_allocations} par paiement.</translation>
        </message>
        <message>
            <source>Sessions: a session is named twice.</source>
            <translation>Séances : une séance est indiquée deux fois.</translation>
        </message>
    </context>
    <context>
        <name>payments</name>
        <message>
            <source>There is no patient {patient_id}.</source>
            <translation>Il n'y a aucun patient {patient_id}.</translation>
        </message>
        <message>
            <source>Amount: nothing is due on session {number}.</source>
            <translation>Montant : rien n'est dû pour la séance {number}.</translation>
        </message>
        <message>
            <source>Amount: more than the {due} due on session {number}.</source>
            <translation>Montant : supérieur au montant dû ({due}) pour la séance {number}.</translation>
        </message>
        <message>
            <source>Amount: nothing was paid on session {number}.</source>
            <translation>Montant : rien n'a été payé pour la séance {number}.</translation>
        </message>
        <message>
            <source>Amount: more than the {paid} paid on session {number}.</source>
            <translation>Montant : supérieur au montant payé ({paid}) pour la séance {number}.</translation>
        </message>
        <message>
            <source>Session: not one of this patient's sessions.</source>
            <translation>Séance : ne fait pas partie des séances de ce patient.</translation>
        </message>
        <message>
            <source>Fee: from 0 to 10,000.00.</source>
            <translation>Tarif : de 0 à 10 000,00.</translation>
        </message>
        <message>
            <source>The fee of a signed or cancelled session cannot change.</source>
            <translation>Le tarif d'une séance signée ou annulée ne peut pas être modifié.</translation>
        </message>
        <message>
            <source>Record what was paid as a payment.</source>
            <translation>Consignez ce qui a été payé sous forme de paiement.</translation>
        </message>
        <message>
            <source>Amount: more than 0, at most 10,000.00.</source>
            <translation>Montant : plus de 0, au plus 10 000,00.</translation>
        </message>
        <message>
            <source>Paid on: cannot be in the future.</source>
            <translation>Payé le : ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>There is no session {session_id}.</source>
            <translation>Il n'y a aucune séance {session_id}.</translation>
        </message>
        <message>
            <source>Amount: type what is paid now on at least one session.</source>
            <translation>Montant : inscrivez ce qui est payé maintenant pour au moins une séance.</translation>
        </message>
        <message>
            <source>Paid on: a real date as YYYY-MM-DD.</source>
            <translation>Payé le : une date réelle au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>Session: choose the session the refund is for.</source>
            <translation>Séance : choisissez la séance visée par le remboursement.</translation>
        </message>
        <message>
            <source>In credit: {amount}</source>
            <translation>Crédit : {amount}</translation>
        </message>
        <message>
            <source>Balance due: {amount}</source>
            <translation>Solde dû : {amount}</translation>
        </message>
        <message>
            <source>Nothing due</source>
            <translation>Aucun montant dû</translation>
        </message>
        <message>
            <source>{state} — fees {fees}, paid {paid}, refunded {refunded}</source>
            <translation>{state} — tarifs {fees}, payé {paid}, remboursé {refunded}</translation>
        </message>
        <message>
            <source>Amount: the sum given back, such as 10.00.</source>
            <translation>Montant : la somme remboursée, p. ex. 10,00.</translation>
        </message>
        <message>
            <source>Reason: required for a refund.</source>
            <translation>Motif : obligatoire pour un remboursement.</translation>
        </message>
        <message>
            <source>Fee: a sum such as 65.00 on session {number} of {planned}.</source>
            <translation>Tarif : une somme, p. ex. 65,00, pour la séance {number} sur {planned}.</translation>
        </message>
        <message>
            <source>Amount: a sum such as 25.00 on a session.</source>
            <translation>Montant : une somme, p. ex. 25,00, pour une séance.</translation>
        </message>
        <message>
            <source>Amount: a sum such as 25.00 on session {number} of {planned}.</source>
            <translation>Montant : une somme, p. ex. 25,00, pour la séance {number} sur {planned}.</translation>
        </message>
    </context>
    <context>
        <name>plan_editor</name>
        <message>
            <source>{technique} added</source>
            <translation>Ajout : {technique}</translation>
        </message>
        <message>
            <source>{technique} removed</source>
            <translation>Retrait : {technique}</translation>
        </message>
        <message>
            <source>no differences</source>
            <translation>aucune différence</translation>
        </message>
        <message>
            <source>The plan could not be opened.</source>
            <translation>Le plan n'a pas pu être ouvert.</translation>
        </message>
        <message>
            <source>Choose at least one technique.</source>
            <translation>Choisissez au moins une technique.</translation>
        </message>
        <message numerus="yes">
            <source>%n safety finding(s) without an override reason</source>
            <translation>
                <numerusform>%n constat de sécurité sans motif de dérogation</numerusform>
                <numerusform>%n constats de sécurité sans motif de dérogation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n caution(s) still to acknowledge</source>
            <translation>
                <numerusform>%n mise en garde encore à prendre en compte</numerusform>
                <numerusform>%n mises en garde encore à prendre en compte</numerusform>
            </translation>
        </message>
        <message>
            <source>Before saving: {missing}.</source>
            <translation>Avant d'enregistrer : {missing}.</translation>
        </message>
        <message>
            <source>Saved as the clinic template “{name}”.</source>
            <translation>Enregistré comme modèle de la clinique « {name} ».</translation>
        </message>
        <message>
            <source>No consent to {consent} in the intake.</source>
            <translation>Aucun consentement dans l'évaluation ({consent}).</translation>
        </message>
    </context>
    <context>
        <name>plan_rules</name>
        <message>
            <source>Frequency: Hz from {low:g} to {high:g}, e.g. 2, 100 or 2/100.</source>
            <translation>Fréquence : en Hz, de {low:g} à {high:g}, p. ex. 2, 100 ou 2/100.</translation>
        </message>
        <message>
            <source>{label}: from {low} to {high} minutes.</source>
            <translation>{label} : de {low} à {high} minutes.</translation>
        </message>
        <message>
            <source>{label}: name at least one site (a point or an area).</source>
            <translation>{label} : indiquez au moins un site (un point ou une zone).</translation>
        </message>
        <message>
            <source>{label}: at most {max_sites} sites.</source>
            <translation>{label} : au plus {max_sites} sites.</translation>
        </message>
        <message>
            <source>Electroacupuncture: the lead at {code} goes left or right.</source>
            <translation>Électroacupuncture : l'électrode à {code} se place à gauche ou à droite.</translation>
        </message>
        <message>
            <source>Electroacupuncture: {code} is not needled on that side.</source>
            <translation>Électroacupuncture : {code} n'est pas puncturé de ce côté.</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Rétention</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Style</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocole</translation>
        </message>
        <message>
            <source>Techniques: choose at least one.</source>
            <translation>Techniques : choisissez-en au moins une.</translation>
        </message>
        <message>
            <source>Techniques: the patient has not consented to {names}; record the consent in the intake first, or leave it out.</source>
            <translation>Techniques : le patient n'a pas donné son consentement ({names}); consignez d'abord le consentement dans l'évaluation, ou excluez ces techniques.</translation>
        </message>
        <message>
            <source>Points: at most {max_points}.</source>
            <translation>Points : au plus {max_points}.</translation>
        </message>
        <message>
            <source>Points: needling needs at least one point.</source>
            <translation>Points : la puncture exige au moins un point.</translation>
        </message>
        <message>
            <source>Points: choose a needling technique, or remove the points.</source>
            <translation>Points : choisissez une technique de puncture, ou retirez les points.</translation>
        </message>
        <message>
            <source>Point: {code!r} is not in the catalog.</source>
            <translation>Point : {code!r} ne figure pas dans le catalogue.</translation>
        </message>
        <message>
            <source>Point: {canonical} is already in the list.</source>
            <translation>Point : {canonical} figure déjà dans la liste.</translation>
        </message>
        <message>
            <source>{canonical}: a paired point; left, right or both.</source>
            <translation>{canonical} : point bilatéral; gauche, droite ou les deux.</translation>
        </message>
        <message>
            <source>{canonical}: lies on the midline; side is midline.</source>
            <translation>{canonical} : situé sur la ligne médiane; le côté est « ligne médiane ».</translation>
        </message>
        <message>
            <source>{canonical}: only an Ashi point takes a region.</source>
            <translation>{canonical} : seul un point Ashi prend une région.</translation>
        </message>
        <message>
            <source>Electroacupuncture: add at least one pair of points.</source>
            <translation>Électroacupuncture : ajoutez au moins une paire de points.</translation>
        </message>
        <message>
            <source>Electroacupuncture: choose the technique, or remove the pairs.</source>
            <translation>Électroacupuncture : choisissez la technique, ou retirez les paires.</translation>
        </message>
        <message>
            <source>Electroacupuncture: {code} is not in the plan.</source>
            <translation>Électroacupuncture : {code} ne figure pas dans le plan.</translation>
        </message>
        <message>
            <source>Electroacupuncture: a pair joins two different points, or one point's left and right needles.</source>
            <translation>Électroacupuncture : une paire relie deux points différents, ou les aiguilles gauche et droite d'un même point.</translation>
        </message>
        <message>
            <source>Pulse width: from {low} to {high} ms.</source>
            <translation>Largeur d'impulsion : de {low} à {high} ms.</translation>
        </message>
        <message>
            <source>Intensity</source>
            <translation>Intensité</translation>
        </message>
        <message>
            <source>Electroacupuncture minutes</source>
            <translation>Minutes d'électroacupuncture</translation>
        </message>
        <message>
            <source>Cupping: choose the type, the sites and the minutes.</source>
            <translation>Ventouses : choisissez le type, les sites et les minutes.</translation>
        </message>
        <message>
            <source>Cupping: choose the technique, or remove the cupping details.</source>
            <translation>Ventouses : choisissez la technique, ou retirez les détails des ventouses.</translation>
        </message>
        <message>
            <source>Cupping sites</source>
            <translation>Sites des ventouses</translation>
        </message>
        <message>
            <source>Cupping</source>
            <translation>Ventouses</translation>
        </message>
        <message>
            <source>Moxibustion: choose the type, the sites and the minutes.</source>
            <translation>Moxibustion : choisissez le type, les sites et les minutes.</translation>
        </message>
        <message>
            <source>Moxibustion: choose the technique, or remove the moxa details.</source>
            <translation>Moxibustion : choisissez la technique, ou retirez les détails de la moxa.</translation>
        </message>
        <message>
            <source>Moxa sites</source>
            <translation>Sites de moxa</translation>
        </message>
        <message>
            <source>Moxibustion</source>
            <translation>Moxibustion</translation>
        </message>
    </context>
    <context>
        <name>plan_widgets</name>
        <message>
            <source>Ashi: where?</source>
            <translation>Ashi : où?</translation>
        </message>
        <message>
            <source>Ashi: upper back/thorax</source>
            <translation>Ashi : haut du dos/thorax</translation>
        </message>
        <message>
            <source>Ashi: lumbosacral</source>
            <translation>Ashi : région lombosacrée</translation>
        </message>
        <message>
            <source>Ashi: buttock</source>
            <translation>Ashi : fesse</translation>
        </message>
        <message>
            <source>Ashi: limb</source>
            <translation>Ashi : membre</translation>
        </message>
        <message>
            <source>same side</source>
            <translation>même côté</translation>
        </message>
        <message>
            <source>left needle</source>
            <translation>aiguille gauche</translation>
        </message>
        <message>
            <source>right needle</source>
            <translation>aiguille droite</translation>
        </message>
    </context>
    <context>
        <name>plans</name>
        <message>
            <source>There is no template {ref!r}.</source>
            <translation>Il n'y a aucun modèle {ref!r}.</translation>
        </message>
        <message>
            <source>Template name</source>
            <translation>Nom du modèle</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Template name: {name!r} is already used; choose another.</source>
            <translation>Nom du modèle : {name!r} est déjà utilisé; choisissez-en un autre.</translation>
        </message>
        <message>
            <source>This course is closed; its plan can no longer change.</source>
            <translation>Cette série est close; son plan ne peut plus être modifié.</translation>
        </message>
        <message>
            <source>Plan templates are not available here.</source>
            <translation>Les modèles de plan ne sont pas offerts ici.</translation>
        </message>
        <message>
            <source>No session of this course has been recorded yet.</source>
            <translation>Aucune séance de cette série n'a encore été consignée.</translation>
        </message>
        <message>
            <source>There is no template {template_id}.</source>
            <translation>Il n'y a aucun modèle {template_id}.</translation>
        </message>
    </context>
    <context>
        <name>postgres</name>
        <message>
            <source>There is no PostgreSQL role '{role}'; nothing was changed.</source>
            <translation>Il n'y a aucun rôle PostgreSQL « {role} »; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>'{role}' is not a shared workstation login pg-logins may retire; nothing was changed.</source>
            <translation>« {role} » n'est pas un identifiant partagé de poste de travail que pg-logins peut retirer; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>User name: at most {limit} bytes on this database server (its database login is the user name, '@' and the database's name).</source>
            <translation>Nom d'utilisateur : au plus {limit} octets sur ce serveur de base de données (l'identifiant de base de données est formé du nom d'utilisateur, de « @ » et du nom de la base de données).</translation>
        </message>
        <message>
            <source>Roles are a PostgreSQL feature; SQLite has none to grant.</source>
            <translation>Les rôles sont une fonction de PostgreSQL; SQLite n'en a aucun à accorder.</translation>
        </message>
        <message>
            <source>AcuPlanner no longer uses one shared database login: each person signs in to PostgreSQL as themselves.</source>
            <translation>AcuPlanner n'utilise plus un identifiant de base de données partagé : chaque personne se connecte à PostgreSQL sous son propre nom.</translation>
        </message>
        <message>
            <source>Run `acuplanner pg-logins --retire-role ROLE` once with the owner's URL: it gives every account its own login and takes the shared one's rights away.</source>
            <translation>Exécutez une fois `acuplanner pg-logins --retire-role ROLE` avec l'URL du propriétaire : la commande donne à chaque compte son propre identifiant et retire les droits de l'identifiant partagé.</translation>
        </message>
        <message>
            <source>Cannot reach the database server at {url}: {reason}. Nothing was changed.</source>
            <translation>Impossible de joindre le serveur de base de données à {url} : {reason}. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Check that the server is running and reachable, then try again.</source>
            <translation>Vérifiez que le serveur est en marche et accessible, puis réessayez.</translation>
        </message>
        <message>
            <source>{name} for PostgreSQL {major} was not found on this computer.</source>
            <translation>{name} pour PostgreSQL {major} est introuvable sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Install PostgreSQL {major}'s client programs (Debian/Ubuntu: apt-get install postgresql-client-{major}) or set {pg_bin_env} to the folder that holds {name}.</source>
            <translation>Installez les programmes clients de PostgreSQL {major} (Debian/Ubuntu : apt-get install postgresql-client-{major}) ou réglez {pg_bin_env} sur le dossier qui contient {name}.</translation>
        </message>
        <message>
            <source>Could not run {name}: {exc}.</source>
            <translation>Impossible d'exécuter {name} : {exc}.</translation>
        </message>
        <message>
            <source>exit status {returncode}</source>
            <translation>code de sortie {returncode}</translation>
        </message>
        <message>
            <source>{what} failed: {reason}</source>
            <translation>{what} a échoué : {reason}</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>meaningful = at least 2 points or 30 % lower than at the start</source>
            <translation>significatif = au moins 2 points ou 30 % de moins qu'au début</translation>
        </message>
        <message>
            <source>goal 10</source>
            <translation>objectif 10</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>goal {n}</source>
            <translation>objectif {n}</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Douleur avant</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>Douleur après</translation>
        </message>
        <message>
            <source>Average pain (week)</source>
            <translation>Douleur moyenne (semaine)</translation>
        </message>
        <message>
            <source>PEG-3</source>
            <translation>PEG-3</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Before session {n} ({day})</source>
            <translation>Avant la séance {n} ({day})</translation>
        </message>
        <message>
            <source>At the review or discharge (today)</source>
            <translation>Au bilan ou au congé (aujourd'hui)</translation>
        </message>
        <message>
            <source>Enter a whole number from 0 to 10.</source>
            <translation>Entrez un nombre entier de 0 à 10.</translation>
        </message>
        <message>
            <source>intake</source>
            <translation>évaluation</translation>
        </message>
        <message>
            <source>session {n}</source>
            <translation>séance {n}</translation>
        </message>
        <message>
            <source>Average pain</source>
            <translation>Douleur moyenne</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Douleur</translation>
        </message>
        <message>
            <source>First meaningful change at session {n}: {start} → {now}</source>
            <translation>Premier changement significatif à la séance {n} : {start} → {now}</translation>
        </message>
        <message>
            <source>Not enough scores yet to judge change ({rule}).</source>
            <translation>Pas encore assez de scores pour juger du changement ({rule}).</translation>
        </message>
        <message>
            <source>a meaningful improvement, kept at the last two scores</source>
            <translation>une amélioration significative, maintenue aux deux derniers scores</translation>
        </message>
        <message>
            <source>a meaningful improvement</source>
            <translation>une amélioration significative</translation>
        </message>
        <message>
            <source>no meaningful improvement in this course</source>
            <translation>aucune amélioration significative dans cette série</translation>
        </message>
        <message>
            <source>not a meaningful improvement yet</source>
            <translation>pas encore d'amélioration significative</translation>
        </message>
        <message>
            <source>{measure} {start} ({first}) → {now} ({last}): {result} ({rule}).</source>
            <translation>{measure} {start} ({first}) → {now} ({last}) : {result} ({rule}).</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n session(s) done</source>
            <translation>
                <numerusform>{done} sur %n séance effectuée</numerusform>
                <numerusform>{done} sur %n séances effectuées</numerusform>
            </translation>
        </message>
        <message>
            <source>Course {status} · {done}</source>
            <translation>Série {status} · {done}</translation>
        </message>
        <message>
            <source>{done} · {n} planned: {dates}</source>
            <translation>{done} · prévues ({n}) : {dates}</translation>
        </message>
        <message>
            <source>Review: no meaningful improvement by session {n}</source>
            <translation>Bilan : aucune amélioration significative au terme de la séance {n}</translation>
        </message>
        <message>
            <source>Final review due (session {n} of {planned})</source>
            <translation>Bilan final à faire (séance {n} sur {planned})</translation>
        </message>
        <message>
            <source>Mid-course review due (session {n} of {planned})</source>
            <translation>Bilan de mi-parcours à faire (séance {n} sur {planned})</translation>
        </message>
        <message numerus="yes">
            <source>{measure} {start} at the start, {now} now; {done} of %n session(s) done.</source>
            <translation>
                <numerusform>{measure} {start} au début, {now} maintenant; {done} sur %n séance effectuée.</numerusform>
                <numerusform>{measure} {start} au début, {now} maintenant; {done} sur %n séances effectuées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not meaningfully better than at the start ({rule}). Most patients who improve do so within 4–6 sessions: continue, adjust the plan, or discharge or refer.</source>
            <translation>Pas d'amélioration significative par rapport au début ({rule}). La plupart des patients qui s'améliorent le font en 4 à 6 séances : poursuivre, ajuster le plan, ou donner congé ou orienter.</translation>
        </message>
        <message>
            <source>A meaningful improvement now ({rule}).</source>
            <translation>Amélioration significative à ce jour ({rule}).</translation>
        </message>
        <message>
            <source>No meaningful improvement now ({rule}).</source>
            <translation>Aucune amélioration significative à ce jour ({rule}).</translation>
        </message>
        <message>
            <source>Goal: pain {goal}.</source>
            <translation>Objectif : douleur {goal}.</translation>
        </message>
    </context>
    <context>
        <name>progress_service</name>
        <message>
            <source>There is no course {course_id}.</source>
            <translation>Il n'y a aucune série {course_id}.</translation>
        </message>
    </context>
    <context>
        <name>red_flags</name>
        <message>
            <source>Do not treat. This is an emergency: send the patient to the emergency department today.</source>
            <translation>Ne pas traiter. Il s'agit d'une urgence : envoyez le patient à l'urgence aujourd'hui.</translation>
        </message>
        <message>
            <source>Do not treat. Refer the patient for urgent medical assessment before any treatment.</source>
            <translation>Ne pas traiter. Orientez le patient pour une évaluation médicale urgente avant tout traitement.</translation>
        </message>
        <message>
            <source>Refer routinely (to the GP for a rheumatology opinion); treatment may continue meanwhile.</source>
            <translation>Orienter de façon non urgente (vers le médecin de famille, pour un avis en rhumatologie); le traitement peut se poursuivre entre-temps.</translation>
        </message>
        <message>
            <source>cauda equina</source>
            <translation>syndrome de la queue de cheval</translation>
        </message>
        <message>
            <source>Any new numbness or tingling between the legs, around the back passage or genitals?</source>
            <translation>De nouveaux engourdissements ou picotements entre les jambes, autour de l'anus ou des organes génitaux?</translation>
        </message>
        <message>
            <source>Numbness in the saddle area can mean pressure on the nerves at the base of the spine (cauda equina syndrome).</source>
            <translation>Un engourdissement dans la région de la selle peut signaler une compression des nerfs à la base de la colonne (syndrome de la queue de cheval).</translation>
        </message>
        <message>
            <source>saddle numbness</source>
            <translation>anesthésie en selle</translation>
        </message>
        <message>
            <source>Any new trouble passing urine, loss of control of the bladder or bowel, or not feeling when you pass urine or stool?</source>
            <translation>Une nouvelle difficulté à uriner, une perte de contrôle de la vessie ou des intestins, ou une incapacité à sentir le passage de l'urine ou des selles?</translation>
        </message>
        <message>
            <source>New bladder or bowel problems can mean cauda equina syndrome.</source>
            <translation>De nouveaux troubles urinaires ou intestinaux peuvent signaler un syndrome de la queue de cheval.</translation>
        </message>
        <message>
            <source>bladder or bowel problems</source>
            <translation>troubles urinaires ou intestinaux</translation>
        </message>
        <message>
            <source>Since the back pain began, any new loss of feeling in the genitals, or new trouble with erection, ejaculation or orgasm?</source>
            <translation>Depuis le début du mal de dos, une nouvelle perte de sensibilité des organes génitaux, ou de nouveaux troubles de l'érection, de l'éjaculation ou de l'orgasme?</translation>
        </message>
        <message>
            <source>New sexual problems with back pain can mean cauda equina syndrome.</source>
            <translation>De nouveaux troubles sexuels accompagnant le mal de dos peuvent signaler un syndrome de la queue de cheval.</translation>
        </message>
        <message>
            <source>new sexual problems</source>
            <translation>nouveaux troubles sexuels</translation>
        </message>
        <message>
            <source>Does pain, numbness or weakness go down both legs?</source>
            <translation>La douleur, l'engourdissement ou la faiblesse descendent-ils dans les deux jambes?</translation>
        </message>
        <message>
            <source>Sciatica in both legs can mean cauda equina syndrome.</source>
            <translation>Une sciatique dans les deux jambes peut signaler un syndrome de la queue de cheval.</translation>
        </message>
        <message>
            <source>symptoms down both legs</source>
            <translation>symptômes dans les deux jambes</translation>
        </message>
        <message>
            <source>neurological deficit</source>
            <translation>déficit neurologique</translation>
        </message>
        <message>
            <source>Is a leg so weak that it gives way, or you cannot stand on your heels or toes, or are both legs weak?</source>
            <translation>Une jambe est-elle si faible qu'elle se dérobe, êtes-vous incapable de vous tenir sur les talons ou sur la pointe des pieds, ou les deux jambes sont-elles faibles?</translation>
        </message>
        <message>
            <source>Severe or two-sided leg weakness means nerves are badly compressed (possibly cauda equina syndrome).</source>
            <translation>Une faiblesse grave ou bilatérale des jambes signifie que des nerfs sont fortement comprimés (possiblement un syndrome de la queue de cheval).</translation>
        </message>
        <message>
            <source>severe or two-sided leg weakness</source>
            <translation>faiblesse grave ou bilatérale des jambes</translation>
        </message>
        <message>
            <source>Is weakness or numbness in a leg or foot getting worse (for example, catching your toes or a dropping foot)?</source>
            <translation>La faiblesse ou l'engourdissement d'une jambe ou d'un pied s'aggrave-t-il (par exemple, vous accrochez les orteils ou votre pied tombe)?</translation>
        </message>
        <message>
            <source>Weakness or numbness that is getting worse means a nerve is under increasing pressure.</source>
            <translation>Une faiblesse ou un engourdissement qui s'aggrave signifie qu'un nerf subit une compression croissante.</translation>
        </message>
        <message>
            <source>weakness or numbness getting worse</source>
            <translation>faiblesse ou engourdissement qui s'aggrave</translation>
        </message>
        <message>
            <source>possible cancer</source>
            <translation>cancer possible</translation>
        </message>
        <message>
            <source>Have you ever had cancer?</source>
            <translation>Avez-vous déjà eu un cancer?</translation>
        </message>
        <message>
            <source>Back pain after cancer may mean spread to the spine.</source>
            <translation>Un mal de dos après un cancer peut signaler une propagation à la colonne vertébrale.</translation>
        </message>
        <message>
            <source>cancer history</source>
            <translation>antécédents de cancer</translation>
        </message>
        <message>
            <source>Have you lost weight recently without trying?</source>
            <translation>Avez-vous perdu du poids récemment sans le vouloir?</translation>
        </message>
        <message>
            <source>Unexplained weight loss with back pain can be a sign of cancer or infection.</source>
            <translation>Une perte de poids inexpliquée accompagnant le mal de dos peut être un signe de cancer ou d'infection.</translation>
        </message>
        <message>
            <source>weight loss</source>
            <translation>perte de poids</translation>
        </message>
        <message>
            <source>Is there pain in the middle of the back, between or below the shoulder blades?</source>
            <translation>Avez-vous mal au milieu du dos, entre les omoplates ou sous celles-ci?</translation>
        </message>
        <message>
            <source>Pain in the thoracic spine is more often due to a serious cause (cancer, fracture, infection) than low back pain.</source>
            <translation>Une douleur du rachis thoracique est plus souvent due à une cause grave (cancer, fracture, infection) qu'une lombalgie.</translation>
        </message>
        <message>
            <source>thoracic pain</source>
            <translation>douleur du rachis thoracique</translation>
        </message>
        <message>
            <source>possible infection</source>
            <translation>infection possible</translation>
        </message>
        <message>
            <source>Have you had a fever, chills or night sweats with this pain?</source>
            <translation>Avez-vous eu de la fièvre, des frissons ou des sueurs nocturnes avec cette douleur?</translation>
        </message>
        <message>
            <source>Fever with back pain can mean an infection of the spine.</source>
            <translation>De la fièvre accompagnant le mal de dos peut signaler une infection de la colonne vertébrale.</translation>
        </message>
        <message>
            <source>fever</source>
            <translation>fièvre</translation>
        </message>
        <message>
            <source>Have you had a bacterial infection in the last few weeks, such as a urine, chest or skin infection?</source>
            <translation>Avez-vous eu une infection bactérienne au cours des dernières semaines, comme une infection urinaire, pulmonaire ou cutanée?</translation>
        </message>
        <message>
            <source>A recent bacterial infection (a urinary infection especially) can spread to the spine.</source>
            <translation>Une infection bactérienne récente (surtout une infection urinaire) peut se propager à la colonne vertébrale.</translation>
        </message>
        <message>
            <source>recent infection</source>
            <translation>infection récente</translation>
        </message>
        <message>
            <source>Have you ever injected drugs?</source>
            <translation>Vous êtes-vous déjà injecté des drogues?</translation>
        </message>
        <message>
            <source>Injecting drugs raises the risk of a spinal infection.</source>
            <translation>L'injection de drogues augmente le risque d'infection de la colonne vertébrale.</translation>
        </message>
        <message>
            <source>injecting drugs</source>
            <translation>usage de drogues injectables</translation>
        </message>
        <message>
            <source>Is your immune system weakened (chemotherapy, transplant, HIV, strong steroids)?</source>
            <translation>Votre système immunitaire est-il affaibli (chimiothérapie, greffe, VIH, corticostéroïdes à forte dose)?</translation>
        </message>
        <message>
            <source>A weakened immune system raises the risk of a spinal infection.</source>
            <translation>Un système immunitaire affaibli augmente le risque d'infection de la colonne vertébrale.</translation>
        </message>
        <message>
            <source>weakened immune system</source>
            <translation>système immunitaire affaibli</translation>
        </message>
        <message>
            <source>possible fracture</source>
            <translation>fracture possible</translation>
        </message>
        <message>
            <source>Did the pain start with a fall, accident or other hard knock?</source>
            <translation>La douleur a-t-elle commencé à la suite d'une chute, d'un accident ou d'un autre choc violent?</translation>
        </message>
        <message>
            <source>Back pain after a significant injury can mean a broken vertebra.</source>
            <translation>Un mal de dos après un traumatisme important peut signaler une fracture vertébrale.</translation>
        </message>
        <message>
            <source>fall or accident</source>
            <translation>chute ou accident</translation>
        </message>
        <message>
            <source>Have you taken steroid tablets (such as prednisolone) for more than three months?</source>
            <translation>Avez-vous pris des corticostéroïdes en comprimés (comme la prednisolone) pendant plus de trois mois?</translation>
        </message>
        <message>
            <source>Long-term steroids weaken bones and immunity: a minor strain can fracture a vertebra.</source>
            <translation>Les corticostéroïdes au long cours fragilisent les os et l'immunité : un effort mineur peut fracturer une vertèbre.</translation>
        </message>
        <message>
            <source>long-term steroids</source>
            <translation>corticostéroïdes au long cours</translation>
        </message>
        <message>
            <source>Have you been told you have thin bones (osteoporosis)?</source>
            <translation>Vous a-t-on dit que vous aviez des os fragiles (ostéoporose)?</translation>
        </message>
        <message>
            <source>With osteoporosis, even a minor strain can fracture a vertebra.</source>
            <translation>En cas d'ostéoporose, même un effort mineur peut fracturer une vertèbre.</translation>
        </message>
        <message>
            <source>osteoporosis</source>
            <translation>ostéoporose</translation>
        </message>
        <message>
            <source>possible cancer or infection</source>
            <translation>cancer ou infection possible</translation>
        </message>
        <message>
            <source>Is the pain constant, even at rest or at night, whatever position you are in?</source>
            <translation>La douleur est-elle constante, même au repos ou la nuit, quelle que soit votre position?</translation>
        </message>
        <message>
            <source>Pain that never eases, even at rest or at night, can mean cancer or infection.</source>
            <translation>Une douleur qui ne se calme jamais, même au repos ou la nuit, peut signaler un cancer ou une infection.</translation>
        </message>
        <message>
            <source>constant or night pain</source>
            <translation>douleur constante ou nocturne</translation>
        </message>
        <message>
            <source>possible infection or complication</source>
            <translation>infection ou complication possible</translation>
        </message>
        <message>
            <source>Have you had an operation or injection on your spine in the last few months?</source>
            <translation>Avez-vous subi une opération ou une injection à la colonne vertébrale au cours des derniers mois?</translation>
        </message>
        <message>
            <source>New or changing pain after recent spinal surgery or a spinal procedure can mean infection or a complication.</source>
            <translation>Une douleur nouvelle ou qui change après une chirurgie ou une intervention récente à la colonne vertébrale peut signaler une infection ou une complication.</translation>
        </message>
        <message>
            <source>recent spinal surgery</source>
            <translation>chirurgie récente de la colonne</translation>
        </message>
        <message>
            <source>possible aortic aneurysm</source>
            <translation>anévrisme de l'aorte possible</translation>
        </message>
        <message>
            <source>Did the pain come on suddenly and severely, with a pulsing feeling in the belly, or have you been told of an aneurysm or disease of the arteries?</source>
            <translation>La douleur est-elle apparue soudainement et violemment, avec une sensation de battements dans le ventre, ou vous a-t-on parlé d'un anévrisme ou d'une maladie des artères?</translation>
        </message>
        <message>
            <source>Sudden severe back pain with a pulsing abdomen or known vascular disease can be a leaking abdominal aortic aneurysm.</source>
            <translation>Une douleur au dos soudaine et intense, avec un abdomen pulsatile ou une maladie vasculaire connue, peut signaler une fissuration d'un anévrisme de l'aorte abdominale.</translation>
        </message>
        <message>
            <source>sudden pain with pulsing belly or vascular disease</source>
            <translation>douleur soudaine avec ventre pulsatile ou maladie vasculaire</translation>
        </message>
        <message>
            <source>possible axial spondyloarthritis</source>
            <translation>spondyloarthrite axiale possible</translation>
        </message>
        <message>
            <source>Did the back pain begin before the age of 45, last more than three months, with morning stiffness that eases with exercise but not with rest, or waking in the second half of the night?</source>
            <translation>Le mal de dos a-t-il commencé avant l'âge de 45 ans et dure-t-il depuis plus de trois mois, avec une raideur matinale qui s'atténue avec l'exercice mais pas avec le repos, ou des réveils dans la seconde moitié de la nuit?</translation>
        </message>
        <message>
            <source>This pattern suggests an inflammatory back pain (axial spondyloarthritis).</source>
            <translation>Ce tableau évoque une douleur lombaire inflammatoire (spondyloarthrite axiale).</translation>
        </message>
        <message>
            <source>inflammatory pattern</source>
            <translation>tableau inflammatoire</translation>
        </message>
        <message>
            <source>possible neck artery dissection</source>
            <translation>dissection d'une artère cervicale possible</translation>
        </message>
        <message>
            <source>With the neck pain, any sudden headache unlike any before, dizziness, double vision, trouble speaking or swallowing, drop attacks, or numbness of the face?</source>
            <translation>Avec la douleur au cou, un mal de tête soudain jamais ressenti auparavant, des étourdissements, une vision double, de la difficulté à parler ou à avaler, des chutes brusques ou un engourdissement du visage?</translation>
        </message>
        <message>
            <source>Neck pain with these signs can mean a tear in a neck artery (dissection), which can lead to a stroke.</source>
            <translation>Une douleur au cou accompagnée de ces signes peut signaler une déchirure d'une artère du cou (dissection), qui peut entraîner un AVC.</translation>
        </message>
        <message>
            <source>headache, dizziness or speech trouble with neck pain</source>
            <translation>mal de tête, étourdissements ou troubles de la parole avec douleur au cou</translation>
        </message>
        <message>
            <source>possible cervical myelopathy</source>
            <translation>myélopathie cervicale possible</translation>
        </message>
        <message>
            <source>Any clumsy hands (trouble with buttons or writing), unsteady walking, or tingling in both hands?</source>
            <translation>Des mains maladroites (difficulté à boutonner ou à écrire), une démarche instable ou des picotements dans les deux mains?</translation>
        </message>
        <message>
            <source>Clumsy hands, an unsteady gait or tingling in both hands can mean pressure on the spinal cord in the neck (myelopathy).</source>
            <translation>Des mains maladroites, une démarche instable ou des picotements dans les deux mains peuvent signaler une compression de la moelle épinière au cou (myélopathie).</translation>
        </message>
        <message>
            <source>clumsy hands or unsteady walking</source>
            <translation>mains maladroites ou démarche instable</translation>
        </message>
        <message>
            <source>young age</source>
            <translation>jeune âge</translation>
        </message>
        <message>
            <source>Is the patient under 20 (worked out from the date of birth)?</source>
            <translation>Le patient a-t-il moins de 20 ans (calculé d'après la date de naissance)?</translation>
        </message>
        <message>
            <source>Back pain before the age of 20 is itself a red flag: serious causes (infection, tumour, spondylolysis, inflammatory disease) are more likely.</source>
            <translation>Un mal de dos avant l'âge de 20 ans est en soi un signal d'alarme : les causes graves (infection, tumeur, spondylolyse, maladie inflammatoire) sont plus probables.</translation>
        </message>
        <message>
            <source>back pain under 20</source>
            <translation>mal de dos avant 20 ans</translation>
        </message>
        <message>
            <source>cleared by {by} on {on} ({note})</source>
            <translation>levé par {by} le {on} ({note})</translation>
        </message>
        <message>
            <source>cleared by {by} on {on}</source>
            <translation>levé par {by} le {on}</translation>
        </message>
    </context>
    <context>
        <name>registration</name>
        <message>
            <source>Date of birth: a real date as YYYY-MM-DD.</source>
            <translation>Date de naissance : une date réelle au format AAAA-MM-JJ.</translation>
        </message>
    </context>
    <context>
        <name>room</name>
        <message>
            <source>Today's session ({label}) is already signed, so it cannot go into the treatment room: nothing is left to time or count, and nothing was started. To add to it, open it from the overview and add an amendment.</source>
            <translation>La séance du jour ({label}) est déjà signée; elle ne peut donc pas aller en salle de traitement : il ne reste rien à minuter ni à compter, et rien n'a été démarré. Pour la compléter, ouvrez-la à partir de l'aperçu et ajoutez un addenda.</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Rétention</translation>
        </message>
        <message>
            <source>EA</source>
            <translation>EA</translation>
        </message>
        <message>
            <source>Cupping</source>
            <translation>Ventouses</translation>
        </message>
        <message>
            <source>Moxa</source>
            <translation>Moxa</translation>
        </message>
        <message numerus="yes">
            <source>{out} of %n needle(s) out</source>
            <translation>
                <numerusform>{out} sur %n aiguille retirée</numerusform>
                <numerusform>{out} sur %n aiguilles retirées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n needle(s)</source>
            <translation>
                <numerusform>%n aiguille</numerusform>
                <numerusform>%n aiguilles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>room_rules</name>
        <message>
            <source>Minutes: a whole number from {low} to {high}.</source>
            <translation>Minutes : un nombre entier de {low} à {high}.</translation>
        </message>
        <message>
            <source>Only a running timer can be paused.</source>
            <translation>Seule une minuterie en marche peut être mise en pause.</translation>
        </message>
        <message>
            <source>Only a paused timer can be resumed.</source>
            <translation>Seule une minuterie en pause peut être relancée.</translation>
        </message>
        <message>
            <source>This timer is stopped already.</source>
            <translation>Cette minuterie est déjà arrêtée.</translation>
        </message>
        <message>
            <source>This timer has no alert to acknowledge.</source>
            <translation>Cette minuterie n'a aucune alerte à prendre en compte.</translation>
        </message>
        <message>
            <source>Needles in</source>
            <translation>Aiguilles insérées</translation>
        </message>
        <message>
            <source>Needles out</source>
            <translation>Aiguilles retirées</translation>
        </message>
        <message>
            <source>{label}: a whole number from 0 to {max_needles}.</source>
            <translation>{label} : un nombre entier de 0 à {max_needles}.</translation>
        </message>
        <message>
            <source>Every needle is accounted for; there is nothing to search for.</source>
            <translation>Toutes les aiguilles sont retrouvées; il n'y a rien à rechercher.</translation>
        </message>
        <message>
            <source>Every needle is accounted for; there is no needle to record.</source>
            <translation>Toutes les aiguilles sont retrouvées; il n'y a aucune aiguille à consigner.</translation>
        </message>
        <message>
            <source>Search the body, clothes, couch and floor before recording this.</source>
            <translation>Fouillez le corps, les vêtements, la table de traitement et le plancher avant de consigner ceci.</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Mesure prise</translation>
        </message>
        <message>
            <source>Action taken: say what was done (who was told, what was checked or bagged).</source>
            <translation>Mesure prise : indiquez ce qui a été fait (qui a été avisé, ce qui a été vérifié ou mis dans un sac).</translation>
        </message>
    </context>
    <context>
        <name>safety</name>
        <message>
            <source>A severe bleeding disorder or low platelets: needling can cause bleeding into deep tissue.</source>
            <translation>Trouble grave de la coagulation ou faible taux de plaquettes : la puncture peut provoquer un saignement dans les tissus profonds.</translation>
        </message>
        <message>
            <source>Do not needle without specialist advice first (haematologist or the treating doctor); record that advice as the reason if you go ahead.</source>
            <translation>Ne pas puncturer sans avoir d'abord obtenu l'avis d'un spécialiste (hématologue ou médecin traitant); consignez cet avis comme motif si vous allez de l'avant.</translation>
        </message>
        <message>
            <source>A severe bleeding disorder or low platelets: cups cause bruising and bleeding under the skin.</source>
            <translation>Trouble grave de la coagulation ou faible taux de plaquettes : les ventouses causent des ecchymoses et des saignements sous la peau.</translation>
        </message>
        <message>
            <source>Do not use cupping without specialist advice first; never wet cupping.</source>
            <translation>Ne pas utiliser de ventouses sans avoir d'abord obtenu l'avis d'un spécialiste; jamais de ventouses humides.</translation>
        </message>
        <message>
            <source>Bleeding risk ({cause}).</source>
            <translation>Risque de saignement ({cause}).</translation>
        </message>
        <message>
            <source>Use fewer, finer needles; avoid deep needling and points over large vessels; press each site after removal.</source>
            <translation>Utilisez moins d'aiguilles, plus fines; évitez la puncture profonde et les points situés au-dessus de gros vaisseaux; comprimez chaque site après le retrait.</translation>
        </message>
        <message>
            <source>Wet cupping draws blood and is not used with a bleeding risk ({cause}).</source>
            <translation>Les ventouses humides font saigner et ne sont pas utilisées en présence d'un risque de saignement ({cause}).</translation>
        </message>
        <message>
            <source>Do not use wet cupping.</source>
            <translation>Ne pas utiliser de ventouses humides.</translation>
        </message>
        <message>
            <source>Cupping can bruise more with a bleeding risk ({cause}).</source>
            <translation>Les ventouses peuvent causer davantage d'ecchymoses en présence d'un risque de saignement ({cause}).</translation>
        </message>
        <message>
            <source>Use light suction for a short time, never wet cupping; check the skin.</source>
            <translation>Utilisez une succion légère pendant peu de temps, jamais de ventouses humides; vérifiez la peau.</translation>
        </message>
        <message>
            <source>{code} ({english}) lies over a large blood vessel.</source>
            <translation>{code} ({english}) se trouve au-dessus d'un gros vaisseau sanguin.</translation>
        </message>
        <message>
            <source>Choose another point or needle very shallow, and press after removal.</source>
            <translation>Choisissez un autre point ou piquez très superficiellement, et comprimez après le retrait.</translation>
        </message>
        <message>
            <source>blood-thinning medicine</source>
            <translation>médicament anticoagulant</translation>
        </message>
        <message>
            <source>bruises easily</source>
            <translation>ecchymoses faciles</translation>
        </message>
        <message>
            <source>A weakened immune system{cause} raises the risk of infection at needle sites.</source>
            <translation>Un système immunitaire affaibli{cause} augmente le risque d'infection aux sites d'insertion des aiguilles.</translation>
        </message>
        <message>
            <source>Use strict clean technique; no press or indwelling needles.</source>
            <translation>Appliquez une technique aseptique rigoureuse; pas d'aiguilles à pression (punaises) ni d'aiguilles à demeure.</translation>
        </message>
        <message>
            <source>Wet cupping breaks the skin and is not used with a weakened immune system{cause}.</source>
            <translation>Les ventouses humides percent la peau et ne sont pas utilisées en présence d'un système immunitaire affaibli{cause}.</translation>
        </message>
        <message>
            <source>Do not use wet cupping; dry cupping only, if at all.</source>
            <translation>Ne pas utiliser de ventouses humides; ventouses sèches seulement, le cas échéant.</translation>
        </message>
        <message>
            <source>Steroid medicine ({cause}): taken for months it thins skin and bone and raises the risk of infection.</source>
            <translation>Corticostéroïdes ({cause}) : pris pendant des mois, ils amincissent la peau et les os et augmentent le risque d'infection.</translation>
        </message>
        <message>
            <source>Ask how long and at what dose; use strict clean technique and gentle stimulation; after even a minor strain think of a fracture and refer.</source>
            <translation>Demandez depuis combien de temps et à quelle dose; appliquez une technique aseptique rigoureuse et une stimulation douce; après un effort, même mineur, pensez à une fracture et orientez le patient.</translation>
        </message>
        <message>
            <source>Steroid medicine ({cause}): long-term use leaves thin skin that bruises and tears under cups.</source>
            <translation>Corticostéroïdes ({cause}) : l'usage au long cours laisse une peau mince qui se couvre d'ecchymoses et se déchire sous les ventouses.</translation>
        </message>
        <message>
            <source>Use light suction for a short time, no sliding or wet cupping; check the skin.</source>
            <translation>Utilisez une succion légère pendant peu de temps, sans ventouses glissées ni humides; vérifiez la peau.</translation>
        </message>
        <message>
            <source>diabetes</source>
            <translation>diabète</translation>
        </message>
        <message>
            <source>diabetes medicine: {medicines}</source>
            <translation>médicament contre le diabète : {medicines}</translation>
        </message>
        <message>
            <source>reduced sensation</source>
            <translation>sensibilité réduite</translation>
        </message>
        <message>
            <source>The patient may not feel heat properly ({why}), so moxibustion can burn.</source>
            <translation>Le patient risque de mal percevoir la chaleur ({why}); la moxibustion peut donc causer des brûlures.</translation>
        </message>
        <message>
            <source>Use indirect moxa only, keep it further away, and check the skin often.</source>
            <translation>Utilisez seulement la moxa indirecte, tenez-la plus loin et vérifiez souvent la peau.</translation>
        </message>
        <message>
            <source>With diabetes ({diabetes}) the small cuts of wet cupping heal slowly and can become infected.</source>
            <translation>En présence de diabète ({diabetes}), les petites incisions des ventouses humides guérissent lentement et peuvent s'infecter.</translation>
        </message>
        <message>
            <source>Prefer dry cupping; if wet cupping is used, keep strict clean technique and check the skin at the next visit.</source>
            <translation>Privilégiez les ventouses sèches; si des ventouses humides sont utilisées, appliquez une technique aseptique rigoureuse et vérifiez la peau à la visite suivante.</translation>
        </message>
        <message>
            <source>{code} ({english}) is on the foot, and the patient has reduced sensation (neuropathy).</source>
            <translation>{code} ({english}) se trouve sur le pied, et le patient a une sensibilité réduite (neuropathie).</translation>
        </message>
        <message>
            <source>Prefer points elsewhere; if the foot is needled, use strict clean technique and check the skin of the feet afterwards.</source>
            <translation>Privilégiez des points ailleurs; si le pied est puncturé, appliquez une technique aseptique rigoureuse et vérifiez ensuite la peau des pieds.</translation>
        </message>
        <message>
            <source>An antiepileptic medicine ({medicines}) is listed: is it for epilepsy?</source>
            <translation>Un antiépileptique ({medicines}) figure dans la liste : est-il pris pour l'épilepsie?</translation>
        </message>
        <message>
            <source>Ask what it is for. If for epilepsy, do not use electroacupuncture (tick epilepsy in the history); otherwise use low intensity and watch the patient.</source>
            <translation>Demandez à quoi il sert. S'il est pris pour l'épilepsie, n'utilisez pas l'électroacupuncture (cochez épilepsie dans les antécédents); sinon, utilisez une faible intensité et surveillez le patient.</translation>
        </message>
        <message>
            <source>Needles are not put through broken, infected or inflamed skin.</source>
            <translation>Les aiguilles ne sont pas insérées dans une peau lésée, infectée ou enflammée.</translation>
        </message>
        <message>
            <source>Do not needle the affected skin; choose points away from it.</source>
            <translation>Ne puncturez pas la peau atteinte; choisissez des points éloignés de celle-ci.</translation>
        </message>
        <message>
            <source>Moxibustion is not used over broken, infected or inflamed skin.</source>
            <translation>La moxibustion n'est pas utilisée sur une peau lésée, infectée ou enflammée.</translation>
        </message>
        <message>
            <source>Keep moxa away from the affected skin.</source>
            <translation>Tenez la moxa à l'écart de la peau atteinte.</translation>
        </message>
        <message>
            <source>Cupping is not used over broken, infected or inflamed skin.</source>
            <translation>Les ventouses ne sont pas utilisées sur une peau lésée, infectée ou enflammée.</translation>
        </message>
        <message>
            <source>Keep cups away from the affected skin.</source>
            <translation>Tenez les ventouses à l'écart de la peau atteinte.</translation>
        </message>
        <message>
            <source>Needle fear or a history of fainting makes a faint during needling more likely.</source>
            <translation>La peur des aiguilles ou des antécédents d'évanouissement rendent un évanouissement plus probable pendant la puncture.</translation>
        </message>
        <message>
            <source>Treat lying down with few needles and gentle stimulation; stay with the patient.</source>
            <translation>Traitez le patient en position couchée, avec peu d'aiguilles et une stimulation douce; restez auprès de lui.</translation>
        </message>
        <message>
            <source>Metal (nickel) allergy: some needles may irritate the skin.</source>
            <translation>Allergie aux métaux (nickel) : certaines aiguilles peuvent irriter la peau.</translation>
        </message>
        <message>
            <source>Consider needles of another material and watch the skin.</source>
            <translation>Envisagez des aiguilles d'un autre matériau et surveillez la peau.</translation>
        </message>
        <message>
            <source>Needling a limb with lymphoedema can lead to infection.</source>
            <translation>Puncturer un membre atteint de lymphœdème peut entraîner une infection.</translation>
        </message>
        <message>
            <source>Do not needle the affected limb.</source>
            <translation>Ne puncturez pas le membre atteint.</translation>
        </message>
        <message>
            <source>Electrical stimulation can interfere with a pacemaker, defibrillator or other implanted electrical device.</source>
            <translation>La stimulation électrique peut perturber un stimulateur cardiaque, un défibrillateur ou un autre appareil électrique implanté.</translation>
        </message>
        <message>
            <source>Do not use electroacupuncture; manual needling only.</source>
            <translation>N'utilisez pas l'électroacupuncture; puncture manuelle seulement.</translation>
        </message>
        <message>
            <source>Electroacupuncture is not used for people with epilepsy.</source>
            <translation>L'électroacupuncture n'est pas utilisée chez les personnes épileptiques.</translation>
        </message>
        <message>
            <source>Do not use electroacupuncture; use manual needling and have a seizure plan.</source>
            <translation>N'utilisez pas l'électroacupuncture; utilisez la puncture manuelle et prévoyez un plan en cas de crise convulsive.</translation>
        </message>
        <message>
            <source>Electroacupuncture is avoided in pregnancy.</source>
            <translation>L'électroacupuncture est évitée pendant la grossesse.</translation>
        </message>
        <message>
            <source>Do not use electroacupuncture during pregnancy.</source>
            <translation>N'utilisez pas l'électroacupuncture pendant la grossesse.</translation>
        </message>
        <message>
            <source>Heart disease: electrical current must never cross the chest.</source>
            <translation>Maladie cardiaque : le courant électrique ne doit jamais traverser le thorax.</translation>
        </message>
        <message>
            <source>Pair electrodes on the same side and segment, away from the chest; use low intensity and watch the patient.</source>
            <translation>Reliez les électrodes du même côté et du même segment, loin du thorax; utilisez une faible intensité et surveillez le patient.</translation>
        </message>
        <message>
            <source>With reduced sensation the patient may not feel when the current is too strong.</source>
            <translation>En cas de sensibilité réduite, le patient risque de ne pas sentir que le courant est trop fort.</translation>
        </message>
        <message>
            <source>Avoid numb areas, keep intensity low and check the skin and the patient often.</source>
            <translation>Évitez les zones engourdies, maintenez une faible intensité et vérifiez souvent la peau et l'état du patient.</translation>
        </message>
        <message>
            <source>Metal implants (plates, screws, rods, joint replacements): current passing near metal concentrates in it and can heat or irritate the tissue around it.</source>
            <translation>Implants métalliques (plaques, vis, tiges, prothèses articulaires) : le courant qui passe près du métal s'y concentre et peut chauffer ou irriter les tissus environnants.</translation>
        </message>
        <message>
            <source>Keep both needles of every pair away from the implant and never pass current across it; needle by hand near it.</source>
            <translation>Gardez les deux aiguilles de chaque paire loin de l'implant et ne faites jamais passer le courant à travers celui-ci; près de l'implant, puncturez manuellement.</translation>
        </message>
        <message>
            <source>The current between {label} and {label2} would cross the chest (one lead on the left, one on the right, on the upper body), through the heart.</source>
            <translation>Le courant entre {label} et {label2} traverserait le thorax (une électrode à gauche, l'autre à droite, sur le haut du corps), en passant par le cœur.</translation>
        </message>
        <message>
            <source>Do not connect these two needles; pair points on the same side and segment, away from the chest.</source>
            <translation>Ne reliez pas ces deux aiguilles; associez des points du même côté et du même segment, loin du thorax.</translation>
        </message>
        <message>
            <source>{name} lies over the lung: the muscle twitch of electroacupuncture and the pull of the lead can drive the needle deeper (pneumothorax).</source>
            <translation>{name} se trouve au-dessus du poumon : la contraction musculaire de l'électroacupuncture et la traction du fil peuvent enfoncer l'aiguille plus profondément (pneumothorax).</translation>
        </message>
        <message>
            <source>Prefer another point for the lead; if used, keep the needle shallow and oblique, tape the lead so it does not pull, and keep the intensity low.</source>
            <translation>Privilégiez un autre point pour l'électrode; sinon, gardez l'aiguille superficielle et oblique, fixez le fil avec du ruban adhésif pour qu'il ne tire pas, et maintenez une faible intensité.</translation>
        </message>
        <message>
            <source>{name} lies over the vertebral artery, close to the medulla: current and twitch act near both.</source>
            <translation>{name} se trouve au-dessus de l'artère vertébrale, près du bulbe rachidien : le courant et la contraction agissent près des deux.</translation>
        </message>
        <message>
            <source>Prefer another point for the lead; if used, keep the needle shallow and angled away from the centre of the skull, at low intensity.</source>
            <translation>Privilégiez un autre point pour l'électrode; sinon, gardez l'aiguille superficielle et orientée loin du centre du crâne, à faible intensité.</translation>
        </message>
        <message>
            <source>{name} lies over the spinal canal: the current acts close to the spinal cord.</source>
            <translation>{name} se trouve au-dessus du canal rachidien : le courant agit près de la moelle épinière.</translation>
        </message>
        <message>
            <source>Prefer a paraspinal point for the lead; if used, keep the needle shallow and the intensity low.</source>
            <translation>Privilégiez un point paravertébral pour l'électrode; sinon, gardez l'aiguille superficielle et l'intensité faible.</translation>
        </message>
        <message>
            <source>{name} lies over a major nerve: current there can be sharp and the twitch can push the needle onto the nerve.</source>
            <translation>{name} se trouve au-dessus d'un nerf important : le courant peut y être vif et la contraction peut pousser l'aiguille sur le nerf.</translation>
        </message>
        <message>
            <source>Start at the lowest intensity and raise it slowly; stop and withdraw a little on an electric-shock sensation along the limb.</source>
            <translation>Commencez à l'intensité la plus faible et augmentez-la lentement; en cas de sensation de décharge électrique le long du membre, arrêtez et retirez légèrement l'aiguille.</translation>
        </message>
        <message>
            <source>{message} Red flag {describe}.</source>
            <translation>{message} Signal d'alarme {describe}.</translation>
        </message>
        <message>
            <source>Treatment may go ahead on this clearance; refer again if the symptoms change or new ones appear.</source>
            <translation>Le traitement peut se poursuivre sur la foi de cette autorisation; orientez de nouveau le patient si les symptômes changent ou si de nouveaux symptômes apparaissent.</translation>
        </message>
        <message>
            <source>A history of cancer together with neurological signs can mean metastatic spinal cord compression (NICE NG234).</source>
            <translation>Des antécédents de cancer accompagnés de signes neurologiques peuvent signaler une compression médullaire métastatique (NICE NG234).</translation>
        </message>
        <message>
            <source>Red-flag questions not answered ({count}): {names}. An unanswered question is not a no.</source>
            <translation>Questions sur les signaux d'alarme sans réponse ({count}) : {names}. Une question sans réponse n'équivaut pas à un non.</translation>
        </message>
        <message>
            <source>Ask them and record the answers in the intake, or write why treatment goes ahead without them (recorded once for the course).</source>
            <translation>Posez-les et consignez les réponses dans l'évaluation, ou indiquez pourquoi le traitement se poursuit sans elles (consigné une seule fois pour la série).</translation>
        </message>
        <message>
            <source>The patient is {age}: a parent or guardian must consent to treatment.</source>
            <translation>Le patient a {age} ans : un parent ou un tuteur doit consentir au traitement.</translation>
        </message>
        <message>
            <source>Record the parent's or guardian's consent in the intake before treating.</source>
            <translation>Consignez le consentement du parent ou du tuteur dans l'évaluation avant de traiter.</translation>
        </message>
        <message>
            <source>New pain after the age of 50 can be a first sign of cancer (ACP/APS 2007; NICE CKS).</source>
            <translation>Une nouvelle douleur après l'âge de 50 ans peut être un premier signe de cancer (ACP/APS 2007; NICE CKS).</translation>
        </message>
        <message>
            <source>Keep the cancer questions (history, weight loss, night pain, thoracic pain) in mind at each visit; refer if the pain does not improve within 4 to 6 weeks.</source>
            <translation>Gardez à l'esprit les questions sur le cancer (antécédents, perte de poids, douleur nocturne, douleur du rachis thoracique) à chaque visite; orientez le patient si la douleur ne s'améliore pas en 4 à 6 semaines.</translation>
        </message>
        <message>
            <source>At {age}, bones may be fragile: a minor strain can fracture a vertebra (NICE CKS).</source>
            <translation>À {age} ans, les os peuvent être fragiles : un effort mineur peut fracturer une vertèbre (NICE CKS).</translation>
        </message>
        <message>
            <source>No forceful pressure or manipulation on the spine; refer if pain is sudden, severe or central.</source>
            <translation>Aucune pression forte ni manipulation sur la colonne; orientez le patient si la douleur est soudaine, intense ou centrale.</translation>
        </message>
        <message>
            <source>At {age}, skin is thin and bruises or tears easily under cups.</source>
            <translation>À {age} ans, la peau est mince et se couvre facilement d'ecchymoses ou se déchire sous les ventouses.</translation>
        </message>
        <message>
            <source>Light suction, short times, no sliding or wet cupping; check the skin often.</source>
            <translation>Succion légère, durées courtes, sans ventouses glissées ni humides; vérifiez souvent la peau.</translation>
        </message>
        <message>
            <source>The patient has not consented to {technique}.</source>
            <translation>Le patient n'a pas consenti à cette technique ({technique}).</translation>
        </message>
        <message>
            <source>Record the patient's consent before planning this technique, or leave it out.</source>
            <translation>Consignez le consentement du patient avant de planifier cette technique, ou excluez-la.</translation>
        </message>
        <message>
            <source>{code} ({english}) lies over the lung (risk of pneumothorax).</source>
            <translation>{code} ({english}) se trouve au-dessus du poumon (risque de pneumothorax).</translation>
        </message>
        <message>
            <source>Needle shallow or oblique only, never deep; warn the patient about breathlessness or chest pain afterwards.</source>
            <translation>Puncture superficielle ou oblique seulement, jamais profonde; avertissez le patient de surveiller un essoufflement ou une douleur thoracique après la séance.</translation>
        </message>
        <message>
            <source> (about {cun})</source>
            <translation> (environ {cun})</translation>
        </message>
        <message>
            <source>{code}: {typed}{reading} is deeper than the {cun} that is safe here; deeper lies {risk}.</source>
            <translation>{code} : {typed}{reading} dépasse la profondeur sécuritaire ici ({cun}); plus en profondeur se trouve {risk}.</translation>
        </message>
        <message>
            <source>Needle no deeper than {cun} ({usual} {angle}), less in a slim or small patient.</source>
            <translation>Ne piquez pas plus profondément que {cun} ({usual} {angle}), moins chez un patient mince ou de petite taille.</translation>
        </message>
        <message>
            <source>moxibustion needs care here</source>
            <translation>la moxibustion exige des précautions ici</translation>
        </message>
        <message>
            <source>Do not use moxa here; choose another site.</source>
            <translation>N'utilisez pas la moxa ici; choisissez un autre site.</translation>
        </message>
        <message>
            <source>Use indirect moxa only (stick held away or on a needle), never direct cones.</source>
            <translation>Utilisez seulement la moxa indirecte (bâton tenu à distance ou sur une aiguille), jamais de cônes directs.</translation>
        </message>
        <message>
            <source>Moxa at {code} ({english}): {why}.</source>
            <translation>Moxa à {code} ({english}) : {why}.</translation>
        </message>
        <message>
            <source>{code} ({english}) is classically forbidden in pregnancy.</source>
            <translation>{code} ({english}) est classiquement interdit pendant la grossesse.</translation>
        </message>
        <message>
            <source>Do not use this point in pregnancy; choose another point, or record the reason for using it.</source>
            <translation>N'utilisez pas ce point pendant la grossesse; choisissez un autre point, ou consignez le motif de son utilisation.</translation>
        </message>
        <message>
            <source>{code} ({english}) lies in the lumbosacral area, which is contraindicated in the first trimester of pregnancy (or when the week is not known).</source>
            <translation>{code} ({english}) se trouve dans la région lombosacrée, contre-indiquée au premier trimestre de la grossesse (ou lorsque la semaine n'est pas connue).</translation>
        </message>
        <message>
            <source>Do not use this point; prefer distal points (see the pregnancy-safe protocol), or record the reason for using it.</source>
            <translation>N'utilisez pas ce point; privilégiez des points distaux (voir le protocole adapté à la grossesse), ou consignez le motif de son utilisation.</translation>
        </message>
        <message>
            <source>{code} ({english}) lies in the lumbosacral area, which is avoided throughout pregnancy.</source>
            <translation>{code} ({english}) se trouve dans la région lombosacrée, évitée pendant toute la grossesse.</translation>
        </message>
        <message>
            <source>Prefer distal points (see the pregnancy-safe protocol).</source>
            <translation>Privilégiez des points distaux (voir le protocole adapté à la grossesse).</translation>
        </message>
        <message>
            <source>{code} ({english}) gives a strong sensation, which is avoided after the third month of pregnancy.</source>
            <translation>{code} ({english}) produit une sensation forte, à éviter après le troisième mois de grossesse.</translation>
        </message>
        <message>
            <source>Choose a gentler point, or needle it lightly without strong stimulation.</source>
            <translation>Choisissez un point plus doux, ou piquez-le légèrement sans stimulation forte.</translation>
        </message>
        <message>
            <source>Moxibustion</source>
            <translation>Moxibustion</translation>
        </message>
        <message>
            <source>moxibustion</source>
            <translation>moxibustion</translation>
        </message>
        <message>
            <source>Cupping</source>
            <translation>Ventouses</translation>
        </message>
        <message>
            <source>cupping</source>
            <translation>ventouses</translation>
        </message>
        <message>
            <source>{what} over the abdomen or lower back{where} is not used in pregnancy.</source>
            <translation>{what} sur l'abdomen ou le bas du dos{where} : à proscrire pendant la grossesse.</translation>
        </message>
        <message>
            <source>Do not use {what_lower} over the abdomen or lumbosacral area; move it elsewhere, or record the reason.</source>
            <translation>N'utilisez pas de {what_lower} sur l'abdomen ou la région lombosacrée; choisissez d'autres sites, ou consignez le motif.</translation>
        </message>
    </context>
    <context>
        <name>safety_badges</name>
        <message>
            <source>emergency, same day</source>
            <translation>urgence, le jour même</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>urgent</translation>
        </message>
        <message>
            <source>Red flags — refer before treating ({urgency})</source>
            <translation>Signaux d'alarme — orienter avant de traiter ({urgency})</translation>
        </message>
        <message>
            <source>Inflammatory back pain pattern — refer routinely; treatment may continue</source>
            <translation>Tableau de douleur lombaire inflammatoire — orienter sans urgence; le traitement peut se poursuivre</translation>
        </message>
        <message>
            <source>Implanted device — no electroacupuncture</source>
            <translation>Dispositif implanté — pas d'électroacupuncture</translation>
        </message>
        <message>
            <source>Epilepsy — no electroacupuncture</source>
            <translation>Épilepsie — pas d'électroacupuncture</translation>
        </message>
        <message>
            <source>Pregnant — avoid LI4, SP6, lumbosacral points; no electroacupuncture</source>
            <translation>Enceinte — éviter LI4, SP6 et les points lombosacrés; pas d'électroacupuncture</translation>
        </message>
        <message>
            <source>Pregnant {weeks} wk — avoid LI4, SP6, lumbosacral points; no electroacupuncture</source>
            <translation>Enceinte de {weeks} sem. — éviter LI4, SP6 et les points lombosacrés; pas d'électroacupuncture</translation>
        </message>
        <message>
            <source>Blood thinner ({names}) — caution with needling and cupping; no wet cupping</source>
            <translation>Anticoagulant ({names}) — prudence avec la puncture et les ventouses; pas de ventouses humides</translation>
        </message>
        <message>
            <source>Blood thinner — caution with needling and cupping; no wet cupping</source>
            <translation>Anticoagulant — prudence avec la puncture et les ventouses; pas de ventouses humides</translation>
        </message>
        <message>
            <source>Bleeding disorder — specialist advice before needling</source>
            <translation>Trouble de la coagulation — avis d'un spécialiste avant la puncture</translation>
        </message>
        <message>
            <source>Bruises easily — fine needles, press after removal</source>
            <translation>Bleus fréquents — aiguilles fines, comprimer après le retrait</translation>
        </message>
        <message>
            <source>Immunocompromised — strict asepsis; no wet cupping</source>
            <translation>Patient immunodéprimé — asepsie rigoureuse; pas de ventouses humides</translation>
        </message>
        <message>
            <source>Heart disease — electroacupuncture away from the chest</source>
            <translation>Maladie cardiaque — électroacupuncture loin du thorax</translation>
        </message>
        <message>
            <source>Diabetes — moxibustion burn risk</source>
            <translation>Diabète — risque de brûlure par la moxibustion</translation>
        </message>
        <message>
            <source>Reduced sensation — moxa and electroacupuncture with care</source>
            <translation>Sensibilité réduite — moxa et électroacupuncture avec prudence</translation>
        </message>
        <message>
            <source>Needle phobia — treat lying down, few needles</source>
            <translation>Phobie des aiguilles — traiter en position couchée, peu d'aiguilles</translation>
        </message>
        <message>
            <source>Has fainted before — treat lying down, few needles</source>
            <translation>Évanouissement antérieur — traiter en position couchée, peu d'aiguilles</translation>
        </message>
        <message>
            <source>Metal allergy — consider other needles</source>
            <translation>Allergie aux métaux — envisager d'autres aiguilles</translation>
        </message>
        <message>
            <source>Lymphoedema — do not needle the affected limb</source>
            <translation>Lymphœdème — ne pas puncturer le membre atteint</translation>
        </message>
        <message>
            <source>Metal implant — keep electroacupuncture current away from it</source>
            <translation>Implant métallique — garder le courant d'électroacupuncture loin de l'implant</translation>
        </message>
        <message>
            <source>Skin lesion — no cupping over it</source>
            <translation>Lésion cutanée — pas de ventouses sur la lésion</translation>
        </message>
    </context>
    <context>
        <name>saving</name>
        <message>
            <source>save_id: must be a UUID (32 hexadecimal digits).</source>
            <translation>save_id : doit être un UUID (32 chiffres hexadécimaux).</translation>
        </message>
    </context>
    <context>
        <name>screening_case</name>
        <message>
            <source>expected a whole number, got {value}</source>
            <translation>nombre entier attendu, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>{value} is outside {low}–{high}</source>
            <translation>{value} est hors de l'intervalle {low}–{high}</translation>
        </message>
        <message>
            <source>expected a list, got {value}</source>
            <translation>liste attendue, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>expected a string, got {value}</source>
            <translation>chaîne attendue, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>unknown value {value} (allowed: {allowed})</source>
            <translation>valeur inconnue {value} (valeurs permises : {allowed})</translation>
        </message>
        <message>
            <source>expected a point code, got {value}</source>
            <translation>code de point attendu, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>unknown point code {value}</source>
            <translation>code de point inconnu {value}</translation>
        </message>
        <message>
            <source>only an Ashi point takes a region (@...), got {value}</source>
            <translation>seul un point Ashi accepte une région (@...), valeur reçue : {value}</translation>
        </message>
        <message>
            <source>expected a point code with an optional :L or :R, got {value}</source>
            <translation>code de point attendu, avec :L ou :R facultatif, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>{value} is not in points</source>
            <translation>{value} ne figure pas dans les points</translation>
        </message>
        <message>
            <source>{code} lies on the midline; its lead takes no side</source>
            <translation>{code} est situé sur la ligne médiane; son électrode ne prend aucun côté</translation>
        </message>
        <message>
            <source>{code} is a paired point; its lead is :L or :R</source>
            <translation>{code} est un point bilatéral; son électrode est :L ou :R</translation>
        </message>
        <message>
            <source>expected two point codes, e.g. ["BL23:L", "BL25:L"], got {value}</source>
            <translation>deux codes de points attendus, p. ex. ["BL23:L", "BL25:L"], valeur reçue : {value}</translation>
        </message>
        <message>
            <source>a pair joins two different needles</source>
            <translation>une paire relie deux aiguilles différentes</translation>
        </message>
        <message>
            <source>electroacupuncture is not in techniques</source>
            <translation>l'électroacupuncture ne figure pas dans les techniques</translation>
        </message>
        <message>
            <source>expected an object, e.g. {{"BL23": "1.5 cun"}}, got {value}</source>
            <translation>objet attendu, p. ex. {{"BL23": "1.5 cun"}}, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>expected a depth as typed, e.g. "1 cun", got {value}</source>
            <translation>profondeur attendue telle que saisie, p. ex. "1 cun", valeur reçue : {value}</translation>
        </message>
        <message>
            <source>at most {max_depth_text} characters</source>
            <translation>au plus {max_depth_text} caractères</translation>
        </message>
        <message>
            <source>expected true or false, got {value}</source>
            <translation>true ou false attendu, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>expected a non-empty string, got {value}</source>
            <translation>chaîne non vide attendue, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>at most {max_length} characters</source>
            <translation>au plus {max_length} caractères</translation>
        </message>
        <message>
            <source>expected an object, e.g. {{"fever": {{"by": "Dr A", "on": "2026-11-02"}}}}, got {value}</source>
            <translation>objet attendu, p. ex. {{"fever": {{"by": "Dr A", "on": "2026-11-02"}}}}, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>expected an object with "by" and "on", got {value}</source>
            <translation>objet avec "by" et "on" attendu, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>unknown field (allowed: by, note, on)</source>
            <translation>champ inconnu (champs permis : by, note, on)</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD, got {value}</source>
            <translation>date attendue au format AAAA-MM-JJ, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>case: not valid JSON (line {lineno}, column {colno}: {msg})</source>
            <translation>cas : JSON non valide (ligne {lineno}, colonne {colno} : {msg})</translation>
        </message>
        <message>
            <source>case: nested too deeply to be a case</source>
            <translation>cas : imbrication trop profonde pour un cas</translation>
        </message>
        <message>
            <source>case: expected a JSON object, got {value}</source>
            <translation>cas : objet JSON attendu, valeur reçue : {value}</translation>
        </message>
        <message>
            <source>unknown field (allowed: {join})</source>
            <translation>champ inconnu (champs permis : {join})</translation>
        </message>
        <message>
            <source>expected a whole number, got null</source>
            <translation>nombre entier attendu, valeur reçue : null</translation>
        </message>
        <message>
            <source>field '{field}': {message}</source>
            <translation>champ « {field} » : {message}</translation>
        </message>
        <message>
            <source>case: nested more than {max_depth} levels deep (a case is an object of lists)</source>
            <translation>cas : imbriqué sur plus de {max_depth} niveaux (un cas est un objet de listes)</translation>
        </message>
    </context>
    <context>
        <name>server_check</name>
        <message>
            <source>fsync is off: a power cut or crash of the server can corrupt the database.</source>
            <translation>fsync est désactivé : une panne de courant ou un plantage du serveur peut corrompre la base de données.</translation>
        </message>
        <message>
            <source>full_page_writes is off: a power cut or crash can leave damaged pages behind.</source>
            <translation>full_page_writes est désactivé : une panne de courant ou un plantage peut laisser des pages endommagées.</translation>
        </message>
        <message>
            <source>synchronous_commit is off: a crash of the server can lose saves it had already confirmed.</source>
            <translation>synchronous_commit est désactivé : un plantage du serveur peut faire perdre des enregistrements qu'il avait déjà confirmés.</translation>
        </message>
        <message>
            <source>The server lets this login in without a password (trust authentication): anyone who can reach it can read and change the records.</source>
            <translation>Le serveur accepte cet identifiant sans mot de passe (authentification trust) : quiconque peut le joindre peut lire et modifier les dossiers.</translation>
        </message>
        <message>
            <source>The connection to the server is not encrypted, and the server is on another computer: names and notes cross the network readable.</source>
            <translation>La connexion au serveur n'est pas chiffrée, et le serveur se trouve sur un autre ordinateur : les noms et les notes circulent en clair sur le réseau.</translation>
        </message>
        <message>
            <source>The connection is encrypted but the server's certificate is not verified (use sslmode=verify-full): another machine could pose as the server.</source>
            <translation>La connexion est chiffrée, mais le certificat du serveur n'est pas vérifié (utilisez sslmode=verify-full) : une autre machine pourrait se faire passer pour le serveur.</translation>
        </message>
        <message>
            <source>password_encryption is md5: new passwords are stored weakly hashed (use scram-sha-256).</source>
            <translation>password_encryption est md5 : les nouveaux mots de passe sont stockés avec un hachage faible (utilisez scram-sha-256).</translation>
        </message>
        <message>
            <source>Data checksums are off: damage on the server's disk goes unnoticed until a record is read (initdb --data-checksums, or pg_checksums).</source>
            <translation>Les sommes de contrôle des données sont désactivées : un dommage sur le disque du serveur passe inaperçu jusqu'à la lecture d'un dossier (initdb --data-checksums, ou pg_checksums).</translation>
        </message>
    </context>
    <context>
        <name>server_notice</name>
        <message numerus="yes">
            <source>Database server: %n warning(s)</source>
            <translation>
                <numerusform>Serveur de base de données : %n avertissement</numerusform>
                <numerusform>Serveur de base de données : %n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>Database server</source>
            <translation>Serveur de base de données</translation>
        </message>
        <message>
            <source>The database server is not set up to keep the records safe:</source>
            <translation>Le serveur de base de données n'est pas configuré pour protéger les dossiers :</translation>
        </message>
        <message>
            <source>These are the server's settings, not AcuPlanner's: ask whoever runs the PostgreSQL server (clinic IT) to change them. 'acuplanner check' lists them too.</source>
            <translation>Ce sont les paramètres du serveur, et non ceux d'AcuPlanner : demandez au responsable du serveur PostgreSQL (soutien informatique de la clinique) de les modifier. La commande « acuplanner check » les énumère aussi.</translation>
        </message>
    </context>
    <context>
        <name>service_values</name>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>a {kind}</source>
            <translation>une valeur de type {kind}</translation>
        </message>
        <message>
            <source>{path}: must be {allowed} (got {given}).</source>
            <translation>{path} : doit être {allowed} (reçu : {given}).</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <source>{path}: must be a whole number from {low} to {high}.</source>
            <translation>{path} : doit être un nombre entier de {low} à {high}.</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>{path}: must be a number of at most 19 digits.</source>
            <translation>{path} : doit être un nombre d'au plus 19 chiffres.</translation>
        </message>
        <message>
            <source>{path}: must be a finite number.</source>
            <translation>{path} : doit être un nombre fini.</translation>
        </message>
        <message>
            <source>text</source>
            <translation>du texte</translation>
        </message>
        <message>
            <source>{path}: must not contain a NUL character.</source>
            <translation>{path} : ne doit pas contenir de caractère NUL.</translation>
        </message>
        <message>
            <source>{path}: contains a character that cannot be stored (a lone surrogate).</source>
            <translation>{path} : contient un caractère qui ne peut pas être stocké (un demi-codet d'indirection isolé).</translation>
        </message>
        <message>
            <source>yes or no (True or False)</source>
            <translation>oui ou non (True ou False)</translation>
        </message>
        <message>
            <source>a date</source>
            <translation>une date</translation>
        </message>
        <message>
            <source>a date and time</source>
            <translation>une date et une heure</translation>
        </message>
        <message>
            <source>a file path</source>
            <translation>un chemin de fichier</translation>
        </message>
        <message>
            <source>one of {values}</source>
            <translation>l'une des valeurs {values}</translation>
        </message>
        <message numerus="yes">
            <source>one of the %n {kind} value(s)</source>
            <translation>
                <numerusform>la valeur de type {kind} (%n au total)</numerusform>
                <numerusform>l'une des %n valeurs de type {kind}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: must be {allowed}.</source>
            <translation>{path} : doit être {allowed}.</translation>
        </message>
        <message>
            <source>given</source>
            <translation>valeur fournie</translation>
        </message>
        <message>
            <source>a list of items</source>
            <translation>une liste d'éléments</translation>
        </message>
        <message numerus="yes">
            <source>a group of %n value(s)</source>
            <translation>
                <numerusform>un groupe de %n valeur</numerusform>
                <numerusform>un groupe de %n valeurs</numerusform>
            </translation>
        </message>
        <message>
            <source>a table of values</source>
            <translation>un tableau de valeurs</translation>
        </message>
    </context>
    <context>
        <name>session_rules</name>
        <message>
            <source>Remove the needles, lay the patient flat with the legs raised, stay and watch.</source>
            <translation>Retirez les aiguilles, allongez le patient à plat, jambes surélevées, restez auprès de lui et surveillez-le.</translation>
        </message>
        <message>
            <source>Let the patient lie down; sit a few minutes before standing; no driving yet.</source>
            <translation>Laissez le patient s'allonger; faites-le s'asseoir quelques minutes avant de se lever; pas de conduite automobile pour l'instant.</translation>
        </message>
        <message>
            <source>Relax the muscle (gentle massage nearby), then withdraw slowly.</source>
            <translation>Détendez le muscle (massage doux à proximité), puis retirez l'aiguille lentement.</translation>
        </message>
        <message>
            <source>Remove it; check the body, clothes, couch and floor for any other.</source>
            <translation>Retirez-la; vérifiez le corps, les vêtements, la table de traitement et le plancher pour trouver toute autre aiguille.</translation>
        </message>
        <message>
            <source>Check the body, clothes, couch and floor until the count is right.</source>
            <translation>Vérifiez le corps, les vêtements, la table de traitement et le plancher jusqu'à ce que le décompte soit juste.</translation>
        </message>
        <message>
            <source>Keep the patient still; forceps if the end is visible, otherwise urgent surgical referral.</source>
            <translation>Gardez le patient immobile; utilisez une pince si l'extrémité est visible, sinon orientez-le d'urgence en chirurgie.</translation>
        </message>
        <message>
            <source>Emergency referral now: chest pain, breathlessness or cough after needling over the chest or upper back.</source>
            <translation>Orientation d'urgence immédiate : douleur thoracique, essoufflement ou toux après une puncture sur le thorax ou le haut du dos.</translation>
        </message>
        <message>
            <source>Cool the skin; keep any blister clean and intact; do not burst it.</source>
            <translation>Refroidissez la peau; gardez toute ampoule propre et intacte; ne la percez pas.</translation>
        </message>
        <message>
            <source>Keep the blister clean and intact; do not burst it.</source>
            <translation>Gardez l'ampoule propre et intacte; ne la percez pas.</translation>
        </message>
        <message>
            <source>Refer to a doctor; do not needle the area until it has healed.</source>
            <translation>Orientez le patient vers un médecin; ne puncturez pas cette région avant qu'elle soit guérie.</translation>
        </message>
        <message>
            <source>Stop needling there and refer for medical assessment.</source>
            <translation>Cessez la puncture à cet endroit et orientez le patient pour une évaluation médicale.</translation>
        </message>
        <message>
            <source>Date: required.</source>
            <translation>Date : obligatoire.</translation>
        </message>
        <message>
            <source>Date: cannot be in the future.</source>
            <translation>Date : ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Douleur avant</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>Douleur après</translation>
        </message>
        <message>
            <source>{label}: a whole number from 0 to 10.</source>
            <translation>{label} : un nombre entier de 0 à 10.</translation>
        </message>
        <message>
            <source>Pain before: required before signing (0 to 10).</source>
            <translation>Douleur avant : obligatoire avant la signature (0 à 10).</translation>
        </message>
        <message>
            <source>Needles in: from 0 to {max_needles}.</source>
            <translation>Aiguilles insérées : de 0 à {max_needles}.</translation>
        </message>
        <message>
            <source>Needles out: from 0 to the {needles_in} put in.</source>
            <translation>Aiguilles retirées : de 0 au nombre d'aiguilles insérées ({needles_in}).</translation>
        </message>
        <message>
            <source>Needles out ({needles_out}) must equal needles in ({needles_in}).</source>
            <translation>Le nombre d'aiguilles retirées ({needles_out}) doit être égal au nombre d'aiguilles insérées ({needles_in}).</translation>
        </message>
        <message>
            <source>Session length: from {low} to {high} minutes.</source>
            <translation>Durée de la séance : de {low} à {high} minutes.</translation>
        </message>
        <message>
            <source>Fee: from 0 to 10,000.00.</source>
            <translation>Tarif : de 0 à 10 000,00.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>New medicines</source>
            <translation>Nouveaux médicaments</translation>
        </message>
        <message>
            <source>Changes in history</source>
            <translation>Changements dans les antécédents</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Mesure prise</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>What happened: describe the event.</source>
            <translation>Ce qui s'est passé : décrivez l'événement.</translation>
        </message>
        <message>
            <source>Action taken: required for a moderate or severe event.</source>
            <translation>Mesure prise : obligatoire pour un événement modéré ou sévère.</translation>
        </message>
    </context>
    <context>
        <name>sessions</name>
        <message>
            <source>This course starts on {start}.</source>
            <translation>Cette série commence le {start}.</translation>
        </message>
        <message>
            <source>Change the course's start date to record a session today.</source>
            <translation>Modifiez la date de début de la série pour consigner une séance aujourd'hui.</translation>
        </message>
        <message>
            <source>Only a session being recorded can be saved as a draft.</source>
            <translation>Seule une séance en cours de consignation peut être enregistrée comme brouillon.</translation>
        </message>
        <message>
            <source>This session is already signed.</source>
            <translation>Cette séance est déjà signée.</translation>
        </message>
        <message>
            <source>Only a session being recorded can be signed.</source>
            <translation>Seule une séance en cours de consignation peut être signée.</translation>
        </message>
        <message>
            <source>Needles out ({needles_out}) must equal needles in ({needles_in}) before the session can be signed.</source>
            <translation>Le nombre d'aiguilles retirées ({needles_out}) doit être égal au nombre d'aiguilles insérées ({needles_in}) avant que la séance puisse être signée.</translation>
        </message>
        <message>
            <source>Amendment: write what is corrected or added.</source>
            <translation>Addenda : indiquez ce qui est corrigé ou ajouté.</translation>
        </message>
        <message>
            <source>Amendment: at most {limit} characters ({typed} typed).</source>
            <translation>Addenda : au plus {limit} caractères ({typed} saisis).</translation>
        </message>
        <message>
            <source>Only a signed session is amended; edit the draft instead.</source>
            <translation>Seule une séance signée peut recevoir un addenda; modifiez plutôt le brouillon.</translation>
        </message>
        <message>
            <source>There is no session {session_id}.</source>
            <translation>Il n'y a aucune séance {session_id}.</translation>
        </message>
    </context>
    <context>
        <name>sign_in</name>
        <message numerus="yes">
            <source>Too many failed attempts. Try again in %n second(s).</source>
            <translation>
                <numerusform>Trop de tentatives infructueuses. Réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de tentatives infructueuses. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The user name or password is not right.</source>
            <translation>Le nom d'utilisateur ou le mot de passe est incorrect.</translation>
        </message>
        <message>
            <source>The password is not right.</source>
            <translation>Le mot de passe est incorrect.</translation>
        </message>
        <message>
            <source>Only a signed-in person has a password to change here.</source>
            <translation>Seule une personne connectée a un mot de passe à changer ici.</translation>
        </message>
        <message>
            <source>Current password: type it first.</source>
            <translation>Mot de passe actuel : tapez-le d'abord.</translation>
        </message>
        <message>
            <source>New password: choose one different from the current one.</source>
            <translation>Nouveau mot de passe : choisissez-en un différent de l'actuel.</translation>
        </message>
        <message>
            <source>This account can no longer sign in; nothing was changed.</source>
            <translation>Ce compte ne peut plus se connecter; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Current password: it is not right.</source>
            <translation>Mot de passe actuel : il est incorrect.</translation>
        </message>
        <message>
            <source>Password: the two entries differ.</source>
            <translation>Mot de passe : les deux saisies ne correspondent pas.</translation>
        </message>
    </context>
    <context>
        <name>start_course</name>
        <message>
            <source>Start date: a real date as YYYY-MM-DD.</source>
            <translation>Date de début : une date réelle au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>Refer before treating: tick the override and say why you start the course anyway, or refer the patient first.</source>
            <translation>Orienter avant de traiter : cochez la dérogation et indiquez pourquoi vous commencez quand même la série, ou orientez d'abord le patient.</translation>
        </message>
        <message>
            <source>Override reason: say why (at least {n} characters).</source>
            <translation>Motif de la dérogation : indiquez pourquoi (au moins {n} caractères).</translation>
        </message>
        <message>
            <source>Refer before treating: your role may not override this; a practitioner can.</source>
            <translation>Orienter avant de traiter : votre rôle ne permet pas de passer outre; un praticien le peut.</translation>
        </message>
        <message>
            <source>Dates: session {number} is not a date as YYYY-MM-DD.</source>
            <translation>Dates : la date de la séance {number} n'est pas au format AAAA-MM-JJ.</translation>
        </message>
    </context>
    <context>
        <name>takings</name>
        <message>
            <source>Practitioner: no account called {practitioner}.</source>
            <translation>Praticien : aucun compte nommé {practitioner}.</translation>
        </message>
    </context>
    <context>
        <name>today_list</name>
        <message>
            <source>time not set</source>
            <translation>heure non fixée</translation>
        </message>
    </context>
    <context>
        <name>treatment_panel</name>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n needle(s)</source>
            <translation>
                <numerusform>%n aiguille</numerusform>
                <numerusform>%n aiguilles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>treatment_room</name>
        <message>
            <source>Only a session being recorded opens in the treatment room.</source>
            <translation>Seule une séance en cours de consignation s'ouvre dans la salle de traitement.</translation>
        </message>
        <message>
            <source>Open today's session first; a signed session cannot change.</source>
            <translation>Ouvrez d'abord la séance du jour; une séance signée ne peut pas être modifiée.</translation>
        </message>
        <message>
            <source>A {kind} timer is running already.</source>
            <translation>Une minuterie « {kind} » est déjà en marche.</translation>
        </message>
        <message>
            <source>Stop it first to start another.</source>
            <translation>Arrêtez-la d'abord pour en démarrer une autre.</translation>
        </message>
        <message>
            <source>Needles out ({accounted}) must equal needles in ({needles_in}) before the session is finished: recount, search, or record the needle as not accounted for.</source>
            <translation>Le nombre d'aiguilles retirées ({accounted}) doit être égal au nombre d'aiguilles insérées ({needles_in}) avant de terminer la séance : recomptez, cherchez, ou consignez l'aiguille comme non retrouvée.</translation>
        </message>
        <message>
            <source>That timer is not one of this room's.</source>
            <translation>Cette minuterie n'appartient pas à cette salle.</translation>
        </message>
        <message>
            <source>This session has left the treatment room.</source>
            <translation>Cette séance a quitté la salle de traitement.</translation>
        </message>
        <message>
            <source>Open it in the room again to change its counts or timers.</source>
            <translation>Ouvrez-la de nouveau dans la salle pour modifier ses décomptes ou ses minuteries.</translation>
        </message>
        <message>
            <source>There is no session {session_id}.</source>
            <translation>Il n'existe aucune séance {session_id}.</translation>
        </message>
        <message>
            <source>There is no treatment room session {room_id}.</source>
            <translation>Il n'existe aucune séance en salle de traitement {room_id}.</translation>
        </message>
        <message>
            <source>This session is no longer being recorded (it was signed or cancelled).</source>
            <translation>Cette séance n'est plus en cours de consignation (elle a été signée ou annulée).</translation>
        </message>
        <message>
            <source>Close the treatment room; corrections to a signed session are amendments.</source>
            <translation>Fermez la salle de traitement; les corrections d'une séance signée se font par addenda.</translation>
        </message>
    </context>
    <context>
        <name>users</name>
        <message>
            <source>Password: the two entries differ.</source>
            <translation>Mot de passe : les deux saisies ne correspondent pas.</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <source>{label}: required.</source>
            <translation>{label} : obligatoire.</translation>
        </message>
        <message>
            <source>{label}: at most {max_length} characters ({count} typed).</source>
            <translation>{label} : au plus {max_length} caractères ({count} saisis).</translation>
        </message>
        <message>
            <source>{label}: contains an invisible or control character (U+{ord:04X}).</source>
            <translation>{label} : contient un caractère invisible ou de contrôle (U+{ord:04X}).</translation>
        </message>
        <message>
            <source>{label}: digits with optional + ( ) - . / and spaces, 6 to 20 digits.</source>
            <translation>{label} : chiffres, avec + ( ) - . / et espaces facultatifs, de 6 à 20 chiffres.</translation>
        </message>
        <message>
            <source>{label}: an address like name@example.org.</source>
            <translation>{label} : une adresse comme nom@example.org.</translation>
        </message>
        <message>
            <source>Date of birth: required.</source>
            <translation>Date de naissance : obligatoire.</translation>
        </message>
        <message>
            <source>Date of birth: cannot be in the future.</source>
            <translation>Date de naissance : ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>Date of birth: gives an age over {max_age}; check the year.</source>
            <translation>Date de naissance : donne un âge de plus de {max_age} ans; vérifiez l'année.</translation>
        </message>
        <message>
            <source>{label}: a real date as YYYY-MM-DD.</source>
            <translation>{label} : une date réelle au format AAAA-MM-JJ.</translation>
        </message>
    </context>
    <context>
        <name>wording</name>
        <message>
            <source>Female</source>
            <translation>Féminin</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Masculin</translation>
        </message>
        <message>
            <source>Intersex</source>
            <translation>Intersexe</translation>
        </message>
        <message>
            <source>Not disclosed</source>
            <translation>Non divulgué</translation>
        </message>
        <message>
            <source>Lower back</source>
            <translation>Bas du dos</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Haut du dos</translation>
        </message>
        <message>
            <source>Neck</source>
            <translation>Cou</translation>
        </message>
        <message>
            <source>Sciatica (pain down the leg)</source>
            <translation>Sciatique (douleur descendant dans la jambe)</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Gauche</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Droite</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Les deux</translation>
        </message>
        <message>
            <source>Muscle strain</source>
            <translation>Élongation musculaire</translation>
        </message>
        <message>
            <source>Ligament sprain</source>
            <translation>Entorse ligamentaire</translation>
        </message>
        <message>
            <source>Herniated (slipped) disc</source>
            <translation>Hernie discale</translation>
        </message>
        <message>
            <source>Degenerative disc disease</source>
            <translation>Discopathie dégénérative</translation>
        </message>
        <message>
            <source>Spinal stenosis</source>
            <translation>Sténose spinale</translation>
        </message>
        <message>
            <source>Spondylolisthesis</source>
            <translation>Spondylolisthésis</translation>
        </message>
        <message>
            <source>Spondylosis</source>
            <translation>Spondylose</translation>
        </message>
        <message>
            <source>Facet joint syndrome</source>
            <translation>Syndrome facettaire</translation>
        </message>
        <message>
            <source>Osteoarthritis</source>
            <translation>Arthrose</translation>
        </message>
        <message>
            <source>Poor posture</source>
            <translation>Mauvaise posture</translation>
        </message>
        <message>
            <source>Prolonged sitting</source>
            <translation>Position assise prolongée</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Acute (&lt; 6 weeks)</source>
            <translation>Aiguë (&lt; 6 semaines)</translation>
        </message>
        <message>
            <source>Subacute (6–12 weeks)</source>
            <translation>Subaiguë (6–12 semaines)</translation>
        </message>
        <message>
            <source>Chronic (≥ 12 weeks)</source>
            <translation>Chronique (≥ 12 semaines)</translation>
        </message>
        <message>
            <source>Physiotherapy</source>
            <translation>Physiothérapie</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Massage</translation>
        </message>
        <message>
            <source>Chiropractic</source>
            <translation>Chiropratique</translation>
        </message>
        <message>
            <source>Stretching / exercise</source>
            <translation>Étirements / exercice</translation>
        </message>
        <message>
            <source>Ice or heat</source>
            <translation>Glace ou chaleur</translation>
        </message>
        <message>
            <source>Pain medication</source>
            <translation>Médicaments contre la douleur</translation>
        </message>
        <message>
            <source>Spinal manipulation</source>
            <translation>Manipulation vertébrale</translation>
        </message>
        <message>
            <source>Injections</source>
            <translation>Injections</translation>
        </message>
        <message>
            <source>Surgery</source>
            <translation>Chirurgie</translation>
        </message>
        <message>
            <source>Acupuncture before</source>
            <translation>Acupuncture antérieure</translation>
        </message>
        <message>
            <source>Local needling</source>
            <translation>Puncture locale</translation>
        </message>
        <message>
            <source>Distal needling</source>
            <translation>Puncture distale</translation>
        </message>
        <message>
            <source>Electroacupuncture</source>
            <translation>Électroacupuncture</translation>
        </message>
        <message>
            <source>Cupping</source>
            <translation>Ventouses</translation>
        </message>
        <message>
            <source>Moxibustion</source>
            <translation>Moxibustion</translation>
        </message>
        <message>
            <source>Needling</source>
            <translation>Puncture</translation>
        </message>
        <message>
            <source>Midline</source>
            <translation>Ligne médiane</translation>
        </message>
        <message>
            <source>Tonify</source>
            <translation>Tonifier</translation>
        </message>
        <message>
            <source>Sedate</source>
            <translation>Disperser</translation>
        </message>
        <message>
            <source>Even</source>
            <translation>Neutre</translation>
        </message>
        <message>
            <source>Low (about 2 Hz)</source>
            <translation>Basse (environ 2 Hz)</translation>
        </message>
        <message>
            <source>High (80–100 Hz)</source>
            <translation>Haute (80–100 Hz)</translation>
        </message>
        <message>
            <source>Dense-disperse (2/100 Hz)</source>
            <translation>Dense-dispersée (2/100 Hz)</translation>
        </message>
        <message>
            <source>Dry (stationary)</source>
            <translation>Sèches (fixes)</translation>
        </message>
        <message>
            <source>Fire</source>
            <translation>Au feu</translation>
        </message>
        <message>
            <source>Sliding</source>
            <translation>Glissées</translation>
        </message>
        <message>
            <source>Flash</source>
            <translation>Rapides (flash)</translation>
        </message>
        <message>
            <source>Wet</source>
            <translation>Humides</translation>
        </message>
        <message>
            <source>Stick (indirect)</source>
            <translation>Bâton (indirect)</translation>
        </message>
        <message>
            <source>Warming needle</source>
            <translation>Aiguille chauffante</translation>
        </message>
        <message>
            <source>On ginger</source>
            <translation>Sur gingembre</translation>
        </message>
        <message>
            <source>Direct, non-scarring</source>
            <translation>Directe, non cicatricielle</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>Prolongée</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation>Congé donné</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Patient orienté</translation>
        </message>
        <message>
            <source>Continue the course</source>
            <translation>Poursuivre la série</translation>
        </message>
        <message>
            <source>Adjust the plan</source>
            <translation>Ajuster le plan</translation>
        </message>
        <message>
            <source>Extend the course</source>
            <translation>Prolonger la série</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Donner congé</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>Orienter</translation>
        </message>
        <message>
            <source>Goals met</source>
            <translation>Objectifs atteints</translation>
        </message>
        <message>
            <source>No further improvement (plateau)</source>
            <translation>Aucune autre amélioration (plateau)</translation>
        </message>
        <message>
            <source>Patient's choice</source>
            <translation>Choix du patient</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>First visit</source>
            <translation>Première visite</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Réservé</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Arrivé</translation>
        </message>
        <message>
            <source>In treatment</source>
            <translation>En traitement</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Did not attend</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>The patient</source>
            <translation>Le patient</translation>
        </message>
        <message>
            <source>The clinic</source>
            <translation>La clinique</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>N'importe quand</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Matin</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>Après-midi</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Soir</translation>
        </message>
        <message>
            <source>Soreness at a needle site</source>
            <translation>Douleur au point de puncture</translation>
        </message>
        <message>
            <source>Bleeding</source>
            <translation>Saignement</translation>
        </message>
        <message>
            <source>Bruising</source>
            <translation>Ecchymose</translation>
        </message>
        <message>
            <source>Tiredness</source>
            <translation>Fatigue</translation>
        </message>
        <message>
            <source>Dizziness</source>
            <translation>Étourdissements</translation>
        </message>
        <message>
            <source>Fainting</source>
            <translation>Évanouissement</translation>
        </message>
        <message>
            <source>Muscle twitching</source>
            <translation>Contractions musculaires</translation>
        </message>
        <message>
            <source>Nausea</source>
            <translation>Nausées</translation>
        </message>
        <message>
            <source>Pain worse for a while</source>
            <translation>Douleur temporairement aggravée</translation>
        </message>
        <message>
            <source>Cupping marks</source>
            <translation>Marques de ventouses</translation>
        </message>
        <message>
            <source>Cupping blister</source>
            <translation>Ampoule due aux ventouses</translation>
        </message>
        <message>
            <source>Moxa burn</source>
            <translation>Brûlure de moxa</translation>
        </message>
        <message>
            <source>Stuck needle</source>
            <translation>Aiguille coincée</translation>
        </message>
        <message>
            <source>Bent needle</source>
            <translation>Aiguille pliée</translation>
        </message>
        <message>
            <source>Forgotten needle</source>
            <translation>Aiguille oubliée</translation>
        </message>
        <message>
            <source>Needle not accounted for</source>
            <translation>Aiguille non retrouvée</translation>
        </message>
        <message>
            <source>Broken needle</source>
            <translation>Aiguille cassée</translation>
        </message>
        <message>
            <source>Suspected pneumothorax</source>
            <translation>Pneumothorax soupçonné</translation>
        </message>
        <message>
            <source>Infection at a needle site</source>
            <translation>Infection au point de puncture</translation>
        </message>
        <message>
            <source>Nerve injury</source>
            <translation>Lésion nerveuse</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Léger</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Modéré</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Sévère</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Mineur</translation>
        </message>
        <message>
            <source>Significant</source>
            <translation>Important</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>Grave</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Comptant</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Virement bancaire</translation>
        </message>
        <message>
            <source>Insurer direct billing</source>
            <translation>Facturation directe à l'assureur</translation>
        </message>
        <message>
            <source>Numbness between the legs (saddle area)</source>
            <translation>Engourdissement entre les jambes (anesthésie en selle)</translation>
        </message>
        <message>
            <source>New bladder or bowel problems</source>
            <translation>Nouveaux troubles urinaires ou intestinaux</translation>
        </message>
        <message>
            <source>Pain or weakness down both legs</source>
            <translation>Douleur ou faiblesse dans les deux jambes</translation>
        </message>
        <message>
            <source>Weakness or numbness getting worse</source>
            <translation>Faiblesse ou engourdissement qui s'aggrave</translation>
        </message>
        <message>
            <source>Cancer (new, or newly reported)</source>
            <translation>Cancer (nouveau ou nouvellement signalé)</translation>
        </message>
        <message>
            <source>Weight loss without a reason</source>
            <translation>Perte de poids inexpliquée</translation>
        </message>
        <message>
            <source>Fever or feeling unwell with the pain</source>
            <translation>Fièvre ou malaise accompagnant la douleur</translation>
        </message>
        <message>
            <source>Injecting drugs</source>
            <translation>Usage de drogues injectables</translation>
        </message>
        <message>
            <source>A fall or accident</source>
            <translation>Chute ou accident</translation>
        </message>
        <message>
            <source>Long-term steroid tablets</source>
            <translation>Corticostéroïdes oraux à long terme</translation>
        </message>
        <message>
            <source>Osteoporosis</source>
            <translation>Ostéoporose</translation>
        </message>
        <message>
            <source>Constant pain at night, not eased by rest</source>
            <translation>Douleur nocturne constante, non soulagée par le repos</translation>
        </message>
        <message>
            <source>Recent spinal surgery</source>
            <translation>Chirurgie récente de la colonne vertébrale</translation>
        </message>
        <message>
            <source>New numbness of the genitals or sexual problems</source>
            <translation>Nouvel engourdissement des organes génitaux ou troubles sexuels</translation>
        </message>
        <message>
            <source>A leg giving way, or both legs weak</source>
            <translation>Jambe qui se dérobe, ou faiblesse des deux jambes</translation>
        </message>
        <message>
            <source>Pain in the middle of the back (thoracic)</source>
            <translation>Douleur au milieu du dos (thoracique)</translation>
        </message>
        <message>
            <source>A recent infection (urine, chest, skin)</source>
            <translation>Infection récente (urinaire, pulmonaire, cutanée)</translation>
        </message>
        <message>
            <source>Sudden severe pain with a pulsing belly</source>
            <translation>Douleur soudaine et intense avec masse abdominale pulsatile</translation>
        </message>
        <message>
            <source>Morning stiffness easing with exercise (refer routinely)</source>
            <translation>Raideur matinale qui diminue avec l'exercice (orientation de routine)</translation>
        </message>
        <message>
            <source>Sudden headache, dizziness or speech trouble</source>
            <translation>Mal de tête soudain, étourdissements ou troubles de la parole</translation>
        </message>
        <message>
            <source>Clumsy hands or unsteady walking</source>
            <translation>Maladresse des mains ou démarche instable</translation>
        </message>
        <message>
            <source>Weakened immune system (new)</source>
            <translation>Système immunitaire affaibli (nouveau)</translation>
        </message>
        <message>
            <source>Back pain under the age of 20</source>
            <translation>Douleur au dos avant l'âge de 20 ans</translation>
        </message>
        <message>
            <source>Pacemaker or implanted device</source>
            <translation>Stimulateur cardiaque ou dispositif implanté</translation>
        </message>
        <message>
            <source>Epilepsy or a seizure</source>
            <translation>Épilepsie ou crise convulsive</translation>
        </message>
        <message>
            <source>Bleeding disorder or low platelets</source>
            <translation>Trouble de la coagulation ou plaquettes basses</translation>
        </message>
        <message>
            <source>Bruises easily</source>
            <translation>Bleus fréquents</translation>
        </message>
        <message>
            <source>Blood thinners</source>
            <translation>Anticoagulants</translation>
        </message>
        <message>
            <source>Weakened immune system</source>
            <translation>Système immunitaire affaibli</translation>
        </message>
        <message>
            <source>Diabetes</source>
            <translation>Diabète</translation>
        </message>
        <message>
            <source>Reduced sensation</source>
            <translation>Sensibilité réduite</translation>
        </message>
        <message>
            <source>Wound or rash where treated</source>
            <translation>Plaie ou éruption cutanée à l'endroit traité</translation>
        </message>
        <message>
            <source>Fear of needles</source>
            <translation>Peur des aiguilles</translation>
        </message>
        <message>
            <source>Fainted at a needle before</source>
            <translation>Évanouissement antérieur lors d'une piqûre</translation>
        </message>
        <message>
            <source>Metal allergy</source>
            <translation>Allergie aux métaux</translation>
        </message>
        <message>
            <source>Heart disease</source>
            <translation>Maladie cardiaque</translation>
        </message>
        <message>
            <source>Lymphoedema</source>
            <translation>Lymphœdème</translation>
        </message>
        <message>
            <source>Metal implant</source>
            <translation>Implant métallique</translation>
        </message>
        <message>
            <source>Pain now (NRS 0–10)</source>
            <translation>Douleur actuelle (NRS 0–10)</translation>
        </message>
        <message>
            <source>Worst pain (NRS 0–10)</source>
            <translation>Pire douleur (NRS 0–10)</translation>
        </message>
        <message>
            <source>Average pain (NRS 0–10)</source>
            <translation>Douleur moyenne (NRS 0–10)</translation>
        </message>
        <message>
            <source>PEG-3 (0–10)</source>
            <translation>PEG-3 (0–10)</translation>
        </message>
        <message>
            <source>Oswestry Disability Index (0–100)</source>
            <translation>Indice d'incapacité d'Oswestry (0–100)</translation>
        </message>
        <message>
            <source>Roland-Morris (0–24)</source>
            <translation>Roland-Morris (0–24)</translation>
        </message>
        <message>
            <source>PROMIS Pain Interference (T-score)</source>
            <translation>PROMIS Interférence de la douleur (score T)</translation>
        </message>
        <message>
            <source>STarT Back (0–9)</source>
            <translation>STarT Back (0–9)</translation>
        </message>
        <message>
            <source>Traditional Chinese (TCM)</source>
            <translation>Chinoise traditionnelle (MTC)</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japonaise</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Coréenne</translation>
        </message>
        <message>
            <source>Western medical</source>
            <translation>Médicale occidentale</translation>
        </message>
        <message>
            <source>Five Element</source>
            <translation>Cinq éléments</translation>
        </message>
        <message>
            <source>Auricular</source>
            <translation>Auriculaire</translation>
        </message>
        <message>
            <source>De qi</source>
            <translation>De qi</translation>
        </message>
        <message>
            <source>Muscle twitch</source>
            <translation>Secousse musculaire</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>Relaxation</translation>
        </message>
        <message>
            <source>Not used</source>
            <translation>Non utilisé</translation>
        </message>
        <message>
            <source>Caution</source>
            <translation>Mise en garde</translation>
        </message>
        <message>
            <source>Emergency — same day</source>
            <translation>Urgence — le jour même</translation>
        </message>
        <message>
            <source>Urgent — within days</source>
            <translation>Urgent — d'ici quelques jours</translation>
        </message>
        <message>
            <source>Routine referral</source>
            <translation>Orientation de routine</translation>
        </message>
        <message>
            <source>Upper back/thorax</source>
            <translation>Haut du dos/thorax</translation>
        </message>
        <message>
            <source>Lumbosacral</source>
            <translation>Région lombosacrée</translation>
        </message>
        <message>
            <source>Buttock</source>
            <translation>Fesse</translation>
        </message>
        <message>
            <source>Limb</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Lower back (local)</source>
            <translation>Bas du dos (local)</translation>
        </message>
        <message>
            <source>Upper back and neck (local)</source>
            <translation>Haut du dos et cou (local)</translation>
        </message>
        <message>
            <source>Sacrum and buttock</source>
            <translation>Sacrum et fesse</translation>
        </message>
        <message>
            <source>Leg and foot (distal)</source>
            <translation>Jambe et pied (distal)</translation>
        </message>
        <message>
            <source>Hand and forearm (distal)</source>
            <translation>Main et avant-bras (distal)</translation>
        </message>
        <message>
            <source>Extra points</source>
            <translation>Points hors méridiens</translation>
        </message>
        <message>
            <source>Needle retention</source>
            <translation>Rétention des aiguilles</translation>
        </message>
        <message>
            <source>Body (skin, hair, under the patient)</source>
            <translation>Corps (peau, cheveux, sous le patient)</translation>
        </message>
        <message>
            <source>Clothes and towels</source>
            <translation>Vêtements et serviettes</translation>
        </message>
        <message>
            <source>Couch, pillow and cover</source>
            <translation>Table, oreiller et housse</translation>
        </message>
        <message>
            <source>Floor around the couch</source>
            <translation>Plancher autour de la table</translation>
        </message>
        <message>
            <source>female</source>
            <translation>féminin</translation>
        </message>
        <message>
            <source>male</source>
            <translation>masculin</translation>
        </message>
        <message>
            <source>intersex</source>
            <translation>intersexe</translation>
        </message>
        <message>
            <source>not disclosed</source>
            <translation>non divulgué</translation>
        </message>
        <message>
            <source>lower back</source>
            <translation>bas du dos</translation>
        </message>
        <message>
            <source>upper back</source>
            <translation>haut du dos</translation>
        </message>
        <message>
            <source>neck</source>
            <translation>cou</translation>
        </message>
        <message>
            <source>sciatica (pain down the leg)</source>
            <translation>sciatique (douleur descendant dans la jambe)</translation>
        </message>
        <message>
            <source>left</source>
            <translation>gauche</translation>
        </message>
        <message>
            <source>right</source>
            <translation>droite</translation>
        </message>
        <message>
            <source>both sides</source>
            <translation>des deux côtés</translation>
        </message>
        <message>
            <source>muscle strain</source>
            <translation>élongation musculaire</translation>
        </message>
        <message>
            <source>ligament sprain</source>
            <translation>entorse ligamentaire</translation>
        </message>
        <message>
            <source>herniated (slipped) disc</source>
            <translation>hernie discale</translation>
        </message>
        <message>
            <source>degenerative disc disease</source>
            <translation>discopathie dégénérative</translation>
        </message>
        <message>
            <source>spinal stenosis</source>
            <translation>sténose spinale</translation>
        </message>
        <message>
            <source>spondylolisthesis</source>
            <translation>spondylolisthésis</translation>
        </message>
        <message>
            <source>spondylosis</source>
            <translation>spondylose</translation>
        </message>
        <message>
            <source>facet joint syndrome</source>
            <translation>syndrome facettaire</translation>
        </message>
        <message>
            <source>osteoarthritis</source>
            <translation>arthrose</translation>
        </message>
        <message>
            <source>poor posture</source>
            <translation>mauvaise posture</translation>
        </message>
        <message>
            <source>prolonged sitting</source>
            <translation>position assise prolongée</translation>
        </message>
        <message>
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <source>acute (under 6 weeks)</source>
            <translation>aiguë (moins de 6 semaines)</translation>
        </message>
        <message>
            <source>subacute (6–12 weeks)</source>
            <translation>subaiguë (6–12 semaines)</translation>
        </message>
        <message>
            <source>chronic (12 weeks or more)</source>
            <translation>chronique (12 semaines ou plus)</translation>
        </message>
        <message>
            <source>physiotherapy</source>
            <translation>physiothérapie</translation>
        </message>
        <message>
            <source>massage</source>
            <translation>massage</translation>
        </message>
        <message>
            <source>chiropractic</source>
            <translation>chiropratique</translation>
        </message>
        <message>
            <source>stretching / exercise</source>
            <translation>étirements / exercice</translation>
        </message>
        <message>
            <source>ice or heat</source>
            <translation>glace ou chaleur</translation>
        </message>
        <message>
            <source>pain medication</source>
            <translation>médicaments contre la douleur</translation>
        </message>
        <message>
            <source>spinal manipulation</source>
            <translation>manipulation vertébrale</translation>
        </message>
        <message>
            <source>injections</source>
            <translation>injections</translation>
        </message>
        <message>
            <source>surgery</source>
            <translation>chirurgie</translation>
        </message>
        <message>
            <source>acupuncture before</source>
            <translation>acupuncture antérieure</translation>
        </message>
        <message>
            <source>local needling</source>
            <translation>puncture locale</translation>
        </message>
        <message>
            <source>distal needling</source>
            <translation>puncture distale</translation>
        </message>
        <message>
            <source>electroacupuncture</source>
            <translation>électroacupuncture</translation>
        </message>
        <message>
            <source>cupping</source>
            <translation>ventouses</translation>
        </message>
        <message>
            <source>moxibustion</source>
            <translation>moxibustion</translation>
        </message>
        <message>
            <source>needling</source>
            <translation>puncture</translation>
        </message>
        <message>
            <source>midline</source>
            <translation>ligne médiane</translation>
        </message>
        <message>
            <source>tonify</source>
            <translation>tonifier</translation>
        </message>
        <message>
            <source>sedate</source>
            <translation>disperser</translation>
        </message>
        <message>
            <source>even</source>
            <translation>neutre</translation>
        </message>
        <message>
            <source>low frequency</source>
            <translation>basse fréquence</translation>
        </message>
        <message>
            <source>high frequency</source>
            <translation>haute fréquence</translation>
        </message>
        <message>
            <source>dense-disperse</source>
            <translation>dense-dispersée</translation>
        </message>
        <message>
            <source>dry</source>
            <translation>sèches</translation>
        </message>
        <message>
            <source>fire</source>
            <translation>au feu</translation>
        </message>
        <message>
            <source>sliding</source>
            <translation>glissées</translation>
        </message>
        <message>
            <source>flash</source>
            <translation>rapides (flash)</translation>
        </message>
        <message>
            <source>wet</source>
            <translation>humides</translation>
        </message>
        <message>
            <source>moxa stick</source>
            <translation>bâton de moxa</translation>
        </message>
        <message>
            <source>warming needle</source>
            <translation>aiguille chauffante</translation>
        </message>
        <message>
            <source>moxa on ginger</source>
            <translation>moxa sur gingembre</translation>
        </message>
        <message>
            <source>direct, non-scarring</source>
            <translation>directe, non cicatricielle</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>prévue</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>terminée</translation>
        </message>
        <message>
            <source>extended</source>
            <translation>prolongée</translation>
        </message>
        <message>
            <source>discharged</source>
            <translation>congé donné</translation>
        </message>
        <message>
            <source>referred</source>
            <translation>patient orienté</translation>
        </message>
        <message>
            <source>continue the course</source>
            <translation>poursuivre la série</translation>
        </message>
        <message>
            <source>adjust the plan</source>
            <translation>ajuster le plan</translation>
        </message>
        <message>
            <source>extend the course</source>
            <translation>prolonger la série</translation>
        </message>
        <message>
            <source>discharge</source>
            <translation>donner congé</translation>
        </message>
        <message>
            <source>refer</source>
            <translation>orienter</translation>
        </message>
        <message>
            <source>goals met</source>
            <translation>objectifs atteints</translation>
        </message>
        <message>
            <source>no further improvement (plateau)</source>
            <translation>aucune autre amélioration (plateau)</translation>
        </message>
        <message>
            <source>patient's choice</source>
            <translation>choix du patient</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>prévue</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signée</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>first visit</source>
            <translation>première visite</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>suivi</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>réservé</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>arrivé</translation>
        </message>
        <message>
            <source>in treatment</source>
            <translation>en traitement</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>did not attend</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>the patient</source>
            <translation>le patient</translation>
        </message>
        <message>
            <source>the clinic</source>
            <translation>la clinique</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>n'importe quand</translation>
        </message>
        <message>
            <source>morning</source>
            <translation>matin</translation>
        </message>
        <message>
            <source>afternoon</source>
            <translation>après-midi</translation>
        </message>
        <message>
            <source>evening</source>
            <translation>soir</translation>
        </message>
        <message>
            <source>soreness</source>
            <translation>douleur locale</translation>
        </message>
        <message>
            <source>bleeding</source>
            <translation>saignement</translation>
        </message>
        <message>
            <source>bruising</source>
            <translation>ecchymose</translation>
        </message>
        <message>
            <source>tiredness</source>
            <translation>fatigue</translation>
        </message>
        <message>
            <source>dizziness</source>
            <translation>étourdissements</translation>
        </message>
        <message>
            <source>fainting</source>
            <translation>évanouissement</translation>
        </message>
        <message>
            <source>muscle twitching</source>
            <translation>contractions musculaires</translation>
        </message>
        <message>
            <source>nausea</source>
            <translation>nausées</translation>
        </message>
        <message>
            <source>aggravation of symptoms</source>
            <translation>aggravation des symptômes</translation>
        </message>
        <message>
            <source>cupping marks</source>
            <translation>marques de ventouses</translation>
        </message>
        <message>
            <source>cupping blister</source>
            <translation>ampoule due aux ventouses</translation>
        </message>
        <message>
            <source>moxa burn</source>
            <translation>brûlure de moxa</translation>
        </message>
        <message>
            <source>stuck needle</source>
            <translation>aiguille coincée</translation>
        </message>
        <message>
            <source>bent needle</source>
            <translation>aiguille pliée</translation>
        </message>
        <message>
            <source>forgotten needle</source>
            <translation>aiguille oubliée</translation>
        </message>
        <message>
            <source>needle unaccounted for</source>
            <translation>aiguille non retrouvée</translation>
        </message>
        <message>
            <source>broken needle</source>
            <translation>aiguille cassée</translation>
        </message>
        <message>
            <source>suspected pneumothorax</source>
            <translation>pneumothorax soupçonné</translation>
        </message>
        <message>
            <source>infection</source>
            <translation>infection</translation>
        </message>
        <message>
            <source>nerve injury</source>
            <translation>lésion nerveuse</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>léger</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>modéré</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>sévère</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>mineur</translation>
        </message>
        <message>
            <source>significant</source>
            <translation>important</translation>
        </message>
        <message>
            <source>serious</source>
            <translation>grave</translation>
        </message>
        <message>
            <source>practitioner</source>
            <translation>praticien</translation>
        </message>
        <message>
            <source>reception</source>
            <translation>réception</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>administrateur</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>comptant</translation>
        </message>
        <message>
            <source>card</source>
            <translation>carte</translation>
        </message>
        <message>
            <source>bank transfer</source>
            <translation>virement bancaire</translation>
        </message>
        <message>
            <source>insurer direct billing</source>
            <translation>facturation directe à l'assureur</translation>
        </message>
        <message>
            <source>numbness between the legs (saddle area)</source>
            <translation>engourdissement entre les jambes (anesthésie en selle)</translation>
        </message>
        <message>
            <source>new bladder or bowel problems</source>
            <translation>nouveaux troubles urinaires ou intestinaux</translation>
        </message>
        <message>
            <source>pain or weakness down both legs</source>
            <translation>douleur ou faiblesse dans les deux jambes</translation>
        </message>
        <message>
            <source>weakness or numbness getting worse</source>
            <translation>faiblesse ou engourdissement qui s'aggrave</translation>
        </message>
        <message>
            <source>cancer (new, or newly reported)</source>
            <translation>cancer (nouveau ou nouvellement signalé)</translation>
        </message>
        <message>
            <source>weight loss without a reason</source>
            <translation>perte de poids inexpliquée</translation>
        </message>
        <message>
            <source>fever or feeling unwell with the pain</source>
            <translation>fièvre ou malaise accompagnant la douleur</translation>
        </message>
        <message>
            <source>injecting drugs</source>
            <translation>usage de drogues injectables</translation>
        </message>
        <message>
            <source>a fall or accident</source>
            <translation>chute ou accident</translation>
        </message>
        <message>
            <source>long-term steroid tablets</source>
            <translation>corticostéroïdes oraux à long terme</translation>
        </message>
        <message>
            <source>osteoporosis</source>
            <translation>ostéoporose</translation>
        </message>
        <message>
            <source>constant pain at night, not eased by rest</source>
            <translation>douleur nocturne constante, non soulagée par le repos</translation>
        </message>
        <message>
            <source>recent spinal surgery</source>
            <translation>chirurgie récente de la colonne vertébrale</translation>
        </message>
        <message>
            <source>new numbness of the genitals or sexual problems</source>
            <translation>nouvel engourdissement des organes génitaux ou troubles sexuels</translation>
        </message>
        <message>
            <source>a leg giving way, or both legs weak</source>
            <translation>jambe qui se dérobe, ou faiblesse des deux jambes</translation>
        </message>
        <message>
            <source>pain in the middle of the back (thoracic)</source>
            <translation>douleur au milieu du dos (thoracique)</translation>
        </message>
        <message>
            <source>a recent infection (urine, chest, skin)</source>
            <translation>infection récente (urinaire, pulmonaire, cutanée)</translation>
        </message>
        <message>
            <source>sudden severe pain with a pulsing belly</source>
            <translation>douleur soudaine et intense avec masse abdominale pulsatile</translation>
        </message>
        <message>
            <source>morning stiffness easing with exercise (refer routinely)</source>
            <translation>raideur matinale qui diminue avec l'exercice (orientation de routine)</translation>
        </message>
        <message>
            <source>sudden headache, dizziness or speech trouble</source>
            <translation>mal de tête soudain, étourdissements ou troubles de la parole</translation>
        </message>
        <message>
            <source>clumsy hands or unsteady walking</source>
            <translation>maladresse des mains ou démarche instable</translation>
        </message>
        <message>
            <source>weakened immune system (new)</source>
            <translation>système immunitaire affaibli (nouveau)</translation>
        </message>
        <message>
            <source>back pain under the age of 20</source>
            <translation>douleur au dos avant l'âge de 20 ans</translation>
        </message>
        <message>
            <source>implanted electrical device (e.g. pacemaker)</source>
            <translation>dispositif électrique implanté (p. ex. stimulateur cardiaque)</translation>
        </message>
        <message>
            <source>epilepsy</source>
            <translation>épilepsie</translation>
        </message>
        <message>
            <source>bleeding disorder or low platelets</source>
            <translation>trouble de la coagulation ou plaquettes basses</translation>
        </message>
        <message>
            <source>bruises easily</source>
            <translation>bleus fréquents</translation>
        </message>
        <message>
            <source>takes a blood thinner (answered yes)</source>
            <translation>prend un anticoagulant (réponse : oui)</translation>
        </message>
        <message>
            <source>weakened immune system</source>
            <translation>système immunitaire affaibli</translation>
        </message>
        <message>
            <source>diabetes</source>
            <translation>diabète</translation>
        </message>
        <message>
            <source>reduced sensation</source>
            <translation>sensibilité réduite</translation>
        </message>
        <message>
            <source>skin lesion at a treatment site</source>
            <translation>lésion cutanée à un site de traitement</translation>
        </message>
        <message>
            <source>needle phobia</source>
            <translation>phobie des aiguilles</translation>
        </message>
        <message>
            <source>history of fainting (vasovagal)</source>
            <translation>antécédents d'évanouissement (vasovagal)</translation>
        </message>
        <message>
            <source>metal allergy</source>
            <translation>allergie aux métaux</translation>
        </message>
        <message>
            <source>heart disease</source>
            <translation>maladie cardiaque</translation>
        </message>
        <message>
            <source>lymphoedema</source>
            <translation>lymphœdème</translation>
        </message>
        <message>
            <source>metal implant (joint replacement, fixation, plates or clips)</source>
            <translation>implant métallique (prothèse articulaire, matériel de fixation, plaques ou agrafes)</translation>
        </message>
        <message>
            <source>pain now (NRS 0–10)</source>
            <translation>douleur actuelle (NRS 0–10)</translation>
        </message>
        <message>
            <source>worst pain (NRS 0–10)</source>
            <translation>pire douleur (NRS 0–10)</translation>
        </message>
        <message>
            <source>average pain (NRS 0–10)</source>
            <translation>douleur moyenne (NRS 0–10)</translation>
        </message>
        <message>
            <source>oswestry Disability Index (0–100)</source>
            <translation>indice d'incapacité d'Oswestry (0–100)</translation>
        </message>
        <message>
            <source>roland-Morris (0–24)</source>
            <translation>Roland-Morris (0–24)</translation>
        </message>
        <message>
            <source>traditional Chinese (TCM)</source>
            <translation>chinoise traditionnelle (MTC)</translation>
        </message>
        <message>
            <source>japanese</source>
            <translation>japonaise</translation>
        </message>
        <message>
            <source>korean</source>
            <translation>coréenne</translation>
        </message>
        <message>
            <source>western medical</source>
            <translation>médicale occidentale</translation>
        </message>
        <message>
            <source>five Element</source>
            <translation>cinq éléments</translation>
        </message>
        <message>
            <source>auricular</source>
            <translation>auriculaire</translation>
        </message>
        <message>
            <source>de qi</source>
            <translation>de qi</translation>
        </message>
        <message>
            <source>muscle twitch</source>
            <translation>secousse musculaire</translation>
        </message>
        <message>
            <source>relaxation</source>
            <translation>relaxation</translation>
        </message>
        <message>
            <source>not used</source>
            <translation>non utilisé</translation>
        </message>
        <message>
            <source>caution</source>
            <translation>mise en garde</translation>
        </message>
        <message>
            <source>emergency — same day</source>
            <translation>urgence — le jour même</translation>
        </message>
        <message>
            <source>urgent — within days</source>
            <translation>urgent — d'ici quelques jours</translation>
        </message>
        <message>
            <source>routine referral</source>
            <translation>orientation de routine</translation>
        </message>
        <message>
            <source>upper back/thorax</source>
            <translation>haut du dos/thorax</translation>
        </message>
        <message>
            <source>buttock</source>
            <translation>fesse</translation>
        </message>
        <message>
            <source>limb</source>
            <translation>membre</translation>
        </message>
        <message>
            <source>lower back (local)</source>
            <translation>bas du dos (local)</translation>
        </message>
        <message>
            <source>upper back and neck (local)</source>
            <translation>haut du dos et cou (local)</translation>
        </message>
        <message>
            <source>sacrum and buttock</source>
            <translation>sacrum et fesse</translation>
        </message>
        <message>
            <source>leg and foot (distal)</source>
            <translation>jambe et pied (distal)</translation>
        </message>
        <message>
            <source>hand and forearm (distal)</source>
            <translation>main et avant-bras (distal)</translation>
        </message>
        <message>
            <source>extra points</source>
            <translation>points hors méridiens</translation>
        </message>
        <message>
            <source>needle retention</source>
            <translation>rétention des aiguilles</translation>
        </message>
        <message>
            <source>body (skin, hair, under the patient)</source>
            <translation>corps (peau, cheveux, sous le patient)</translation>
        </message>
        <message>
            <source>clothes and towels</source>
            <translation>vêtements et serviettes</translation>
        </message>
        <message>
            <source>couch, pillow and cover</source>
            <translation>table, oreiller et housse</translation>
        </message>
        <message>
            <source>floor around the couch</source>
            <translation>plancher autour de la table</translation>
        </message>
        <message>
            <source>on your left</source>
            <translation>à votre gauche</translation>
        </message>
        <message>
            <source>on your right</source>
            <translation>à votre droite</translation>
        </message>
        <message>
            <source>arm or leg</source>
            <translation>bras ou jambe</translation>
        </message>
    </context>
</TS>
