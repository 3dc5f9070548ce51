#include "reviews/stepforms/meetingheldform.h"

#include "reviews/stepforms/assessmentpanel.h"
#include "reviews/stepforms/formwidgets.h"
#include "reviews/stepforms/investigationpanel.h"
#include "reviews/stepforms/meetingsummary.h"
#include "widgets/problemoutline.h"
#include "workflow/stepforms.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fremdrift {

MeetingHeldForm::MeetingHeldForm(const AssessmentTool &tool, QWidget *parent)
    : StepForm(parent)
    , m_tabs(new QTabWidget(this))
    , m_investigation(new InvestigationPanel)
    , m_assessment(new AssessmentPanel(tool))
{
    m_tabs->setObjectName(QStringLiteral("meetingHeldTabs"));
    m_tabs->addTab(inScrollArea(createMeetingTab(), m_tabs), tr("Meeting"));
    m_tabs->addTab(inScrollArea(m_investigation, m_tabs), tr("Investigation"));
    m_tabs->addTab(inScrollArea(m_assessment, m_tabs), tr("Assessment"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_marker.add(QStringLiteral("meeting_id"), m_summary);
    m_marker.add(QStringLiteral("meeting"), m_summary);
    m_investigation->addFields(m_marker);
    m_assessment->addFields(m_marker);
    watchInputs();
}

QWidget *MeetingHeldForm::createMeetingTab()
{
    auto *tab = new QWidget;
    m_summary = new MeetingSummary(tab);
    m_meetingButton = new QPushButton(tr("&Record the meeting…"), tab);
    m_meetingButton->setObjectName(QStringLiteral("meetingButton"));
    connect(m_meetingButton, &QPushButton::clicked, this, [this] {
        emit actionRequested(StepAction::EditMeeting);
    });
    auto *hint = new QLabel(tr("Record in the meeting dialog that the meeting was held, who "
                               "attended, who took the minutes, and the minutes."),
                            tab);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_meetingButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(hint);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return tab;
}

void MeetingHeldForm::load(const ReviewStep &step, const StepFormContext &context)
{
    const QSignalBlocker blocker(this);
    m_summary->showMeeting(context.meeting, true);
    m_meetingButton->setEnabled(context.meeting.has_value());
    m_investigation->load(step.form.value(form::investigation).toObject(), context);
    m_assessment->load(step.form.value(form::assessment).toObject());
    StepForm::load(step, context);
    // Agreeing the meeting is step 2's; here it is only recorded, once it exists.
    if (!context.meeting)
        m_meetingButton->setEnabled(false);
}

QString MeetingHeldForm::fieldLabel(const QString &field) const
{
    if (QString label = StepForm::fieldLabel(field); !label.isEmpty())
        return label;
    const QString item = field.section(u'.', -1);
    if (field.startsWith(u"investigation.life_areas."))
        return lifeAreaName(item);
    if (field.startsWith(u"assessment.scores."))
        return FieldProblemMarker::labelOf(m_assessment->scoreCombo(item));
    return {};
}

QJsonObject MeetingHeldForm::form() const
{
    QJsonObject form = StepForm::form();
    form.insert(form::investigation, m_investigation->value());
    form.insert(form::assessment, m_assessment->value());
    return form;
}

void MeetingHeldForm::showProblems(const QList<FieldProblem> &problems)
{
    StepForm::showProblems(problems);
    markTabs();
}

// A problem on a tab out of sight shows on the tab.
void MeetingHeldForm::markTabs()
{
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        bool marked = false;
        for (QWidget *widget : m_tabs->widget(tab)->findChildren<QWidget *>())
            marked = marked || !ProblemOutline::problem(widget).isEmpty();
        m_tabs->setTabIcon(tab,
                           marked ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
}

} // namespace fremdrift
