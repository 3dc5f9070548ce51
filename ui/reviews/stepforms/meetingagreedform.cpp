#include "reviews/stepforms/meetingagreedform.h"

#include "reviews/stepforms/meetingsummary.h"
#include "workflow/stepforms.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fremdrift {

MeetingAgreedForm::MeetingAgreedForm(QWidget *parent)
    : StepForm(parent)
    , m_summary(new MeetingSummary(this))
    , m_meetingButton(new QPushButton(this))
{
    m_meetingButton->setObjectName(QStringLiteral("meetingButton"));
    connect(m_meetingButton, &QPushButton::clicked, this,
            [this] { emit actionRequested(StepAction::EditMeeting); });
    auto *hint = new QLabel(tr("Invite the person, their relative or guardian, the primary contact "
                               "and, where relevant, the supplier. The meeting is saved as you "
                               "close the meeting dialog."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_meetingButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addStretch(1);
    // Every problem with the meeting ("meeting.participants", ...) shows on its summary.
    m_marker.add(QStringLiteral("meeting_id"), m_summary);
    m_marker.add(QStringLiteral("meeting"), m_summary);
}

void MeetingAgreedForm::load(const ReviewStep &step, const StepFormContext &context)
{
    m_meetingId = context.meeting ? std::optional<qint64>(context.meeting->id) : std::nullopt;
    m_summary->showMeeting(context.meeting, false);
    m_meetingButton->setText(context.meeting ? tr("&Edit meeting…") : tr("&Agree meeting…"));
    StepForm::load(step, context);
}

QJsonObject MeetingAgreedForm::form() const
{
    QJsonObject form = StepForm::form();
    if (m_meetingId)
        form.insert(form::meetingId, *m_meetingId);
    return form;
}

} // namespace fremdrift
