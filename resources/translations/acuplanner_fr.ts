<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>AcuPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} libraries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} font families</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help ▸ Licences and notices… lists each library and font with its licence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About AcuPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licences and notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AcuPlanner, its libraries and fonts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{family} (font)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (this application)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full licence texts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full &amp;texts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdjunctEditor</name>
        <message>
            <source>Point codes or areas, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adjunct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} minutes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdverseEventRow</name>
        <message>
            <source>What happened (needed for “Other”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adverse event {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity of adverse event {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action taken for adverse event {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened in adverse event {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove adverse event {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action taken — {advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action taken</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdverseEventsEditor</name>
        <message>
            <source>Add adverse e&amp;vent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None recorded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdviceBox</name>
        <message>
            <source>Home advice on this sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat advised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A line of your own, e.g. walk 20 minutes a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Core exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flexibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitting posture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pillow and mattress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relaxation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foam rolling, stretching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breaks from sitting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As ticked at session {n}; save to keep it for this session too.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppointmentPanel</name>
        <message>
            <source>Selected appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's session of the patient's course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cance&amp;l...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did &amp;not attend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take pa&amp;yment...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rece&amp;ipt...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;booking here...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an appointment or a free time in the book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click to open the patient</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail — AcuPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any patient — or type a chart no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient chart number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient (chart no.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest {n} rows; narrow the filters to see older ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} rows.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BodyOutline</name>
        <message>
            <source>Arm and hand, left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arm and hand, right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neck and upper back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower back, left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower back, right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sacrum and buttock, left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sacrum and buttock, right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back of the leg, left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back of the leg, right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foot, left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foot, right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Front of the trunk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Front of the leg, left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Front of the leg, right</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BodyOutlineWidget</name>
        <message>
            <source>Click where it hurts; drag to show where the pain spreads; right-click a mark to remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing marked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hurts: {regions}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreads to: {regions}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Front</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BodyPage</name>
        <message>
            <source>What a click marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clicks &amp;mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All points on the outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L&amp;ist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points on the outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points to needle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cupping sites (purple ring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moxibustion sites (orange ring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen: {codes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cupping site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moxibustion site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a point to choose it (green); click again to remove it. Or tick it in the list with Space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a point to mark a cupping site (purple ring); again to remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a point to mark a moxibustion site (orange ring); again to remove it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookCanvas</name>
        <message>
            <source>Appointment book: times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free: {time}, {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookHeader</name>
        <message>
            <source>Appointment book: columns and times not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
{count} more with no time set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+{count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time not set (never placed at a time; book a time to place them):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookPart</name>
        <message>
            <source>&amp;Appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appoint&amp;ments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New booking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find a free time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book the course's &amp;times…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take &amp;payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save appointments for the patient's &amp;calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;End of day…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} - chart {chart}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every session of this patient's courses has a time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookPresenter</name>
        <message>
            <source>Week of {first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else changed this appointment first; the book shows it as it is now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookScreen</name>
        <message>
            <source>Appointment book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous day or week (Page Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today (T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next day or week (Page Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day view (D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week view (W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practitioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find a free time...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New booking...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practitioner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour key: {word}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(struck through: the time is free)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All practitioners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By room (a column each)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (the clinic is closed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when}, {where}{closed}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookView</name>
        <message>
            <source>Appointment book</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarAction</name>
        <message>
            <source>Calendar file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No appointment with a time is booked, so there is nothing to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the appointments for a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace {name}?

A file of that name is already there; it will be replaced by this calendar file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved 1 appointment to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {count} appointments to {name}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The &amp;patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The c&amp;linic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late cancellation (less than {n} hours' notice)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>AcuPlanner — choose a new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password was set by someone else. Choose your own before you start: only you should know it. Cancel signs you out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your current password, then the new one twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Current password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel and sign out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChoiceField</name>
        <message>
            <source>Keys: {keys}; Delete clears</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not answered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChosenPointsTable</name>
        <message>
            <source>Point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stimulation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De qi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} in row {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region of {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the tender point is. Not chosen, the safety check reads the most cautious place (over the lung and the lower back).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side of {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 1 cun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depth of {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stimulation at {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De qi sought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De qi sought at {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove point {code}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClearanceRow</name>
        <message>
            <source>Cleared by (e.g. Dr A. Jones, GP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleared by, {flag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clearance date, {flag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (e.g. letter on file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clearance note, {flag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClinicDialog</name>
        <message>
            <source>Clinic progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;All dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Courses running from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Courses running to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Courses running &amp;from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active courses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due a review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue for their next session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished courses ending meaningfully better than they started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Was due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a patient, or press Enter on them, to open them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{improved} of {completed} finished courses, judged on their latest score ({rule})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClinicSettingsDialog</name>
        <message>
            <source>Clinic settings — AcuPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. VAT number; printed on receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. the council practitioners register with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every window locks after this long without keyboard or mouse input; Ctrl+L locks at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tax number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Registering body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follo&amp;w-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Opens at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Closes at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open da&amp;ys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late-cancel not&amp;ice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cancellation with less notice than this counts as late.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print ins&amp;urers' codes on receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For US insurers: the ICD-10-CM diagnosis code and the CPT codes 97810–97814 by 15-minute units, on every receipt and invoice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dia&amp;gnosis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipts for insurers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClinicalSection</name>
        <message>
            <source>Safety and intakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The safety summary could not be read: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} (latest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an intake: the latest to edit, earlier ones to read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintSection</name>
        <message>
            <source>What brings the patient in, as they say it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. lifting a heavy box; gradually, no clear cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— not known —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>say what it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the patient's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Probable cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worse with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Better with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effect on sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effect on work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body outline, back and front</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it hurts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it spreads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List of regio&amp;ns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark pain from a list of regions with the keyboard (Space ticks a region)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to mark · drag for spreading pain · right-click removes · Space on the outline lists the regions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentSection</name>
        <message>
            <source>&lt;b&gt;Technique&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Consent&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;On&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to {technique}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{technique}: consent date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unanswered means not asked yet. Saving records each new or changed answer as taken by you.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseBox</name>
        <message>
            <source>Today's session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>starts {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>started {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} sessions planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show {n} sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain before → after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session {number} of {planned}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseChartWidget</name>
        <message>
            <source>Course pain chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No course yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseProgressDialog</name>
        <message>
            <source>Course progress — {patient}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record &amp;scores…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain now and the PEG-3 before a session, or at the review or discharge</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseQuestions</name>
        <message>
            <source>Extend the course?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session {number} would be past the {planned} sessions planned for this course. Extend the course to record it: how many more sessions, and why? The extension is recorded with its reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Extend and open the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;More sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as clinic template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan's points and techniques become a template every practitioner of the clinic can start from (no patient data is kept in it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signed session stays as it is; the amendment is added beside it with your name and today's date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Amendment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseTimesDialog</name>
        <message>
            <source>Book the course's sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Propose again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The course's sessions and their times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Book these</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every session of this course has a time already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time of session {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book session {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No free slot: set a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one session to book.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>AcuPlanner — unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong that AcuPlanner did not expect. What you saved before this is kept in the database.
Please copy the report below and send it to your support contact. If the window behaves oddly, save what you can and restart AcuPlanner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateLine</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailsSide</name>
        <message>
            <source>Safety</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <source>Save the document as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentTree</name>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinical course report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt for the whole course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take-home sheet for the end of the course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions given yet: nothing to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course from {start} — {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session {n} of {m} · {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (not signed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take-home sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <source>Choose a document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print this document (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this document as a PDF file (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a document on the left to see it here before printing or saving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentsWindow</name>
        <message>
            <source>Documents — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace {name}?

A file of that name is already there; it will be replaced by this document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This patient may already be registered: the same name and date of birth, or the same phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open existing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create anyway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ElectroEditor</name>
        <message>
            <source>Add pai&amp;r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least two points, then add a pair.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EndOfDay</name>
        <message>
            <source>By method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No payments recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By practitioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Net total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date: a date as YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EndOfDayDialog</name>
        <message>
            <source>End of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals by method and by practitioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Takings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save takings as &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save takings as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save day &amp;sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day sheet &amp;for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the takings as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the day sheet as</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeeEdit</name>
        <message>
            <source>set fee</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>AcuPlanner — set up your clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to AcuPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name your clinic and create the first account. It can treat patients and manage user accounts and settings; add your colleagues' accounts afterwards (Admin → Users).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. ada.lovelace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clinic name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create account and start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormQuestions</name>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have made changes that are not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive this patient? They leave the patient list; their records are kept and you can bring them back at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unarchive patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring this patient back to the patient list?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unarchive</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FreeSlotDialog</name>
        <message>
            <source>Find a free time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Practitioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Weekday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of &amp;day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No free time in the four weeks searched.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GlanceSection</name>
        <message>
            <source>At a glance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None under way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>starts {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>started {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{held} of {planned} sessions held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>session {number} of {planned}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalsSection</name>
        <message>
            <source>e.g. to pick up my grandchildren again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. gardening, cycling to work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the patient's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals, in the patient's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target pain (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities to return to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HealthCheckDetails</name>
        <message>
            <source>Pregnant now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No longer pregnant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New medicines, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New medicines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other changes in health or history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New red flags (each means refer before treating):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New conditions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pregnancy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pregnancy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>AcuPlanner — User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guide text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Guide:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not part of the offline help.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistorySection</name>
        <message>
            <source>None of these (all No): medical history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No / not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked: the patient's record (sex or age) rules it out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weeks pregnant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pregnant?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medications and supplements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allergies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blood thinner recognised: {names}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntakeEditor</name>
        <message>
            <source>&amp;1  Presenting complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;2  Pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;3  What has been tried</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;4  Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;5  Medical history and safety checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;6  Red flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;7  Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;8  Style of acupuncture and TCM findings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntakeWindow</name>
        <message>
            <source>Intake — {name}[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake &amp;of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;re-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new intake for today, copied from the latest one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New — not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} (latest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-assessment: copied from the intake of {date}. Change what is different today, then save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First intake for this patient — not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An earlier intake, read only. Choose the latest one above to edit it, or start a new re-assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The latest intake. Changes are saved into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved at {time}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your password to go on where you left off. Someone else can sign in with their own user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Users…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clinic settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DEMO DATABASE — fictional patients, not for clinical use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AcuPlanner — locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AcuPlanner — {clinic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That patient is no longer in the database; the list was refreshed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About AcuPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not set up yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session planner and clinical record for acupuncturists treating back pain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as {name} ({roles})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: {backend} — {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Change my password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Privacy mode — first names only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;archived patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Licences and notices…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About AcuPlanner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MedicationsEdit</name>
        <message>
            <source>One per line, e.g. Eliquis 5 mg twice daily</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>&amp;Reload their version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practitioner: choose who will treat.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedlePanel</name>
        <message>
            <source>Needles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needle out  +1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One needle fewer in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One more needle in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One needle fewer out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One more needle out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The counts do not match. Never sign until they do:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search for the missing needles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found: record an adverse event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count the needles in the sharps container again and correct the counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the adverse event 'needle not accounted for' (after searching).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action taken (required):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action taken (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: patient told and shown where to look; couch cover bagged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record adverse event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All {n} needles out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All accounted for: {out} out, {lost} recorded as not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} more out than in — recount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} still in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count the needles in the sharps container again, and the points on the body. Correct In or Out with − and +.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewBookingDialog</name>
        <message>
            <source>New booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name or chart number, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pat&amp;ient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Books session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient: nobody found for what is typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient: search and choose who is booked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practitioner: the clinic has no active practitioner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None (not a course session)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoneOfTheseButton</name>
        <message>
            <source>None of these (all No)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer No to every question of this group (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A question is answered Yes: change the answers one by one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutcomeEntryDialog</name>
        <message>
            <source>Record scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pain now (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P — a&amp;verage pain in the past week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E — pain's interference with &amp;enjoyment of life</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>G — pain's interference with &amp;general activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PEG-3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain now, the three PEG items, or both. 0 = no pain or no interference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— (the mean of P, E and G)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PainRegionList</name>
        <message>
            <source>Regions where it hurts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regions where the pain spreads</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PainSection</name>
        <message>
            <source>Pain now (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worst this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average pain, past week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interfered with enjoyment of life</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interfered with general activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PEG score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PEG-3 (optional: all three or none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{mean:.1f} of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer all three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PairRow</name>
        <message>
            <source>Electroacupuncture pair {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {n}: side of the {end} lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At a point needled on both sides: the needle this lead clips to. A current from left to right across the chest is not allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {n}: frequency in Hz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {n}: pulse width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intensity, e.g. comfortable tingling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove pair {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {n}: first point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {n}: second point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {n}: mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {n}: intensity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {n}: minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hz</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new password for {user}. Tell them in person; it is not shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set password</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientActions</name>
        <message>
            <source>&amp;New patient…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register a new patient (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the patient's details, or archive them (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Intake…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The latest intake, to read or edit — or the first one (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;re-assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new intake for today, copied from the latest one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Documents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take-home sheets, receipts and reports: preview, print, save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start &amp;course…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new course from the latest intake (Ctrl+Shift+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The treatment plan of the open course (Ctrl+Shift+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's &amp;session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record today's session of the open course (Ctrl+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course re&amp;view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide at a review point: continue, adjust, extend, discharge, refer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <source>Archived: this patient is not shown in the patient list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Register patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit patient — chart {chart}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unarch&amp;ive patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arch&amp;ive patient</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientFormWidget</name>
        <message>
            <source>— choose —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth and sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referring physician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insurance (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. +44 7700 900123</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name@example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pho&amp;ne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ph&amp;ysician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fax or emai&amp;l</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;vider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan or policy n&amp;o.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a date yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the future</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>aged %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PatientListWidget</name>
        <message>
            <source>Search name, phone, date of birth (YYYY-MM-DD) or chart no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived patients are left out of the list unless this is ticked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {shown:,} of {total:,} patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} of {total} patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} patients</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientOverviewWidget</name>
        <message>
            <source>No patient selected.

Find a patient in the list — type part of a name, a phone number, a date of birth or a chart number — and press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who opened this record?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Courses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a course…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new course from the latest intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No courses yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role does not open patient records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referring physician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart no. {chart}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>age {age}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <source>(no longer available)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth (age)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} ({age})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatternBox</name>
        <message>
            <source>optional: choose a pattern or type one, e.g. Liver Qi stagnation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pattern</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions: fee, paid, due and pay now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments and refunds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;eference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Take payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee of {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay now on {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total paid now: {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickingOutline</name>
        <message>
            <source>Body outline with the points</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanEditorWindow</name>
        <message>
            <source>Plan — {name}[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Treatment plan — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rationale (why these points and methods)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started from {source} (not saved yet). Changed from the plan: {changes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out (no consent): {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan saved at {time}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PointPicker</name>
        <message>
            <source>1 Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 Body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points of the region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Use this template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat &amp;last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save plan as &amp;template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code, pinyin, English or 汉字 — e.g. BL23, shenshu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clinic template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depth: {hint}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Documents folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your Documents folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the documents folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO 8601 ({day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's ({day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Documents folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as… opens here, then in the folder you last saved to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date &amp;format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates and language apply as the screens are translated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clinic settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment lengths, opening hours and the clinic's other settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment lengths and opening hours are the clinic's settings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no folder {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The preferences could not be saved (see the log).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressSection</name>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger chart…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record scores…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain now and the PEG-3 before a session, or at the review or discharge</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RangeRow</name>
        <message>
            <source>First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt for a date range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReconcileBox</name>
        <message>
            <source>Answer Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or keep No: why (at least {n} characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the answer stays No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The medication list names {names}. Change the answer to Yes, or keep No and say why.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RedFlagSection</name>
        <message>
            <source>None of these (all No): red flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A yes is an emergency, same day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A yes means a routine referral; treatment may go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under 20: back pain at this age is itself a red flag — refer, or record a doctor's clearance below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleared by a doctor (recorded once; the flag then no longer stops treatment):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the patient was told and where they were sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice given *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who consented, and when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent's or &amp;guardian's consent *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not answered yet ({count}){names}. An unanswered question is not a no: the first plan of a course needs an answer to each, or a written reason.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferBox</name>
        <message>
            <source>Refer before treating — the intake says do not treat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Override: start the course anyway (recorded with your name and the time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why treat despite the red flag (at least {n} characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may not override this finding; a practitioner can.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>Refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;eference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was paid that could be refunded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewCard</name>
        <message>
            <source>Record the review…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Course review — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— choose —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. the patient's GP, a spinal surgeon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How &amp;many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharge &amp;because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer &amp;to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record d&amp;ecision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> more session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> more sessions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomBoard</name>
        <message>
            <source>That session is no longer in the treatment room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every needle is accounted for and the counts are in the session record, but it cannot be signed yet: {why} Complete it in the session screen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomWindow</name>
        <message>
            <source>Treatment room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Silent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sound when a timer ends; it still turns red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close — timers keep running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No timed technique in this treatment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish — all needles out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points, timers and needles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} · in the room since {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every needle must be out or accounted for first (out = in).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} needles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} needle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No points recorded yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomsPanel</name>
        <message>
            <source>Treatment rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring &amp;back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book in this retired room again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room changes are saved at once. Retired rooms are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire %1? No new appointments can be booked in it; past ones keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire room</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoutineRow</name>
        <message>
            <source>Nothing new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every needle put in is out (Alt+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All needles out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain &amp;before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything &amp;new since last time?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needles o&amp;ut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain &amp;after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needles &amp;in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyBadges</name>
        <message>
            <source>No intake yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{finding} — overridden by {by}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No safety reminders from the latest intake.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyBanner</name>
        <message>
            <source>Emergency — same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer before treating: do not treat. Send the patient to the emergency department today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer before treating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not treat. Refer the patient for medical assessment before any treatment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overridden — a course goes ahead despite this:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• {by}, {when}, for the course from {start}: “{reason}” ({what})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown user</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyPanel</name>
        <message>
            <source>Safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No safety findings for this treatment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of {total} findings still needs your attention.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of {total} findings still need your attention.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every finding is acknowledged or overridden.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyRowWidget</name>
        <message>
            <source>{kind}: {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} — {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override reason (at least {n} characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override reason: {finding}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read and acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge: {finding}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged earlier by {who}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done}. Why: “{reason}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overridden earlier by {who}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overridden earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override reason given; it is audited when saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a reason before saving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a former user</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoreBox</name>
        <message>
            <source>not asked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionDetails</name>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 45.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date, time, length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adverse events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <source>Changed from the course's plan: {changes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The course's plan, as planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed since the last session (session {n}): {changes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same treatment as the last session (session {n}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by {who} at {when} — read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft — kept when you close; sign when complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready to sign (Ctrl+Enter).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the pain before treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an answer to “Anything new?”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what is new (or answer “nothing new”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needles out ({out}) to equal needles in ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an override reason for {n} safety finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>override reasons for {n} safety findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} caution still to acknowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} cautions still to acknowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To sign: {missing}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session — {name}[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Treatment given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details and safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the draft (Ctrl+S); it is kept if you close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Si&amp;gn session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and sign (Ctrl+Enter); read-only afterwards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a&amp;mendment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No session was opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendment by {author}, {when}:
{text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No point matches “{text}”, or it is already in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft saved at {time}. {rest}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInController</name>
        <message>
            <source>Your password was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved work behind a lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} left work that is not saved behind the lock screen. Quitting AcuPlanner now discards it.

Ask them to sign in and save it first, or quit anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit and discard it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>AcuPlanner — sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in with your own user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DEMO DATABASE — fictional patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInForm</name>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can try again in {seconds} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can try again now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartCourseDialog</name>
        <message>
            <source>Start a course — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4–6 is the usual course; more than 6 needs a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at session </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason for more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Frequency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mid-course review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed &amp;dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Goals (from the intake)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Target pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan temp&amp;late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start &amp;course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— none: plan from scratch —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested for the intake's pattern: {pattern}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No template is written for the intake's pattern ({pattern}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The intake records no TCM pattern.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; final review at session {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than {n}: say why below.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StyleSection</name>
        <message>
            <source>— not recorded —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional, e.g. pale, thin white coat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional, e.g. wiry, slightly rapid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Style of acupuncture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tongue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pulse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pattern</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimerCard</name>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seen — time is up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action} ({timer})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done — stopped at {time} after {ran} of {planned}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TIME IS UP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time is up — seen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimerStrip</name>
        <message>
            <source>In the treatment room:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Silent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sound when a timer ends; it still turns red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{room} — unfinished, open to finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the treatment room view ({label})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayList</name>
        <message>
            <source>Today's patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today, {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's appointments by time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No appointments today.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TreatmentActions</name>
        <message>
            <source>Treatment &amp;room…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full-screen room view of this patient's session: timers and needles (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course &amp;progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current course's pain chart, large and printable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clinic progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active courses, reviews due, overdue sessions, improvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Today's patients…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your appointments of today by time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 session was left in the treatment room: it is in the strip at the top. Open it to finish it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} sessions were left in the treatment room: they are in the strip at the top. Open each to finish it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Treatment room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timers are running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timers are still running for: {rooms}.

They are saved: when you sign in again they carry on from the time they started, and any that ended meanwhile alert at once. But nothing alerts while AcuPlanner is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session left the treatment room; its counts are saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TreatmentPanel</name>
        <message>
            <source>Techniques</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;etention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Electroacupuncture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cupping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moxibustion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{points}, {needles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} needle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} needles</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TreatmentSide</name>
        <message>
            <source>Add a point: code or name, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the &amp;plan instead</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TriedSection</name>
        <message>
            <source>how it went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{treatment}: how it went</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserEditDialog</name>
        <message>
            <source>Add user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Lic.Ac., MBAcC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Credentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Registration / licence no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Style of acupuncture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Years of practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users — AcuPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable {user}? They can no longer sign in. Their records and audit trail stay; you can enable the account again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disabled {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enabled {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password changed for {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersTableModel</name>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WaitingList</name>
        <message>
            <source>Patients waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter or double-click: open today's session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Waiting ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_TimeDialog</name>
        <message>
            <source>Show &amp;free times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Practitioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free that day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing else is free that day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practitioner: choose who will treat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is free that day.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>AcuPlanner cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AcuPlanner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backups</name>
        <message>
            <source>No backup yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last backup: {when} — {days} days ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last backup: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups (*.sqlite3 *.dump);;All (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up and checking the copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot restore this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}

{summary}

This replaces the whole database. The current one is kept as a backup first. Anyone else using this database should close AcuPlanner before you go on; AcuPlanner closes after the restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up and checked: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup cancelled: no copy kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>book</name>
        <message>
            <source>Time not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no practitioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room: {room}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (late)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by: {who}{late}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrived at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time is free again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>course_labels</name>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every two weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Twice a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Three times a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mid-course review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>final review</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>intake</name>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User administration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>plan_widgets</name>
        <message>
            <source>Ashi: where?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ashi: upper back/thorax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ashi: lumbosacral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ashi: buttock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ashi: limb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left needle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right needle</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>goal 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>goal {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average pain (week)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PEG-3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before session {n} ({day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the review or discharge (today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a whole number from 0 to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>session {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First meaningful change at session {n}: {start} → {now}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not enough scores yet to judge change ({rule}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a meaningful improvement, kept at the last two scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a meaningful improvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no meaningful improvement in this course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a meaningful improvement yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{measure} {start} ({first}) → {now} ({last}): {result} ({rule}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {planned} sessions done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course {status} · {done}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} · {n} planned: {dates}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review: no meaningful improvement by session {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Final review due (session {n} of {planned})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mid-course review due (session {n} of {planned})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{measure} {start} at the start, {now} now; {done} of {planned} sessions done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not meaningfully better than at the start ({rule}). Most patients who improve do so within 4–6 sessions: continue, adjust the plan, or discharge or refer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meaningful improvement now ({rule}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No meaningful improvement now ({rule}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal: pain {goal}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>room</name>
        <message>
            <source>Today's session ({label}) is already signed, so it cannot go into the treatment room: nothing is left to time or count, and nothing was started. To add to it, open it from the overview and add an amendment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cupping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moxa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{out} of {n} needles out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>server_notice</name>
        <message>
            <source>Database server: 1 warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database server: {count} warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database server is not set up to keep the records safe:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These are the server's settings, not AcuPlanner's: ask whoever runs the PostgreSQL server (clinic IT) to change them. 'acuplanner check' lists them too.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
