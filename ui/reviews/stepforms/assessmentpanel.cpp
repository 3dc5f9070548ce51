#include "reviews/stepforms/assessmentpanel.h"

#include "domain/json.h"
#include "i18n/language.h"
#include "jurisdiction/jurisdictionprofile.h"
#include "reviews/stepforms/formwidgets.h"
#include "widgets/fieldproblemmarker.h"
#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

// The tool's own words in the interface language where the profile has them, else English.
QString inInterfaceLanguage(const LocalText &text)
{
    return text.text(languageForLocale(QLocale()));
}

} // namespace

AssessmentPanel::AssessmentPanel(const AssessmentTool &tool, QWidget *parent)
    : QWidget(parent)
    , m_toolId(tool.id)
    , m_assessedOn(new OptionalDateEdit(this))
{
    m_assessedOn->setObjectName(QStringLiteral("assessedOn"));
    auto *intro = new QLabel(tr("A new %1 assessment, dated. Score every item.")
                                 .arg(inInterfaceLanguage(tool.name)),
                             this);
    intro->setWordWrap(true);
    auto *date = newFormLayout();
    date->addRow(tr("Assessed &on:"), m_assessedOn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(date);
    layout->addWidget(createScores(tool));
    layout->addStretch(1);
}

QWidget *AssessmentPanel::createScores(const AssessmentTool &tool)
{
    auto *box = new QGroupBox(tr("Scores"), this);
    box->setObjectName(QStringLiteral("scores"));
    auto *layout = newFormLayout(box);
    for (const AssessmentItem &item : tool.items) {
        QComboBox *combo = createScoreCombo(tool, box);
        combo->setObjectName(QStringLiteral("score_") + item.id);
        m_scores.insert(item.id, combo);
        layout->addRow(tr("%1:").arg(inInterfaceLanguage(item.name)), combo);
    }
    m_scoresBox = box;
    return box;
}

QComboBox *AssessmentPanel::createScoreCombo(const AssessmentTool &tool, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    // Long level names ("Manages alone but with reduced function") must not widen the form.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(18);
    combo->addItem(tr("Not scored"), QVariant());
    for (const AssessmentLevel &level : tool.levels)
        combo->addItem(tr("%1 – %2").arg(level.value).arg(inInterfaceLanguage(level.name)),
                       level.value);
    return combo;
}

void AssessmentPanel::load(const QJsonObject &assessment)
{
    m_assessedOn->setOptionalDate(dateFromIso(assessment.value(u"assessed_on").toString()));
    const QJsonObject scores = assessment.value(u"scores").toObject();
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        const QJsonValue score = scores.value(it.key());
        const int index = score.isDouble() ? it.value()->findData(score.toInt()) : 0;
        it.value()->setCurrentIndex(qMax(0, index));
    }
}

QJsonObject AssessmentPanel::value() const
{
    QJsonObject scores;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        const QVariant score = it.value()->currentData();
        if (score.isValid())
            scores.insert(it.key(), score.toInt());
    }
    return {{QStringLiteral("tool"), m_toolId},
            {QStringLiteral("assessed_on"), jsonDate(m_assessedOn->optionalDate())},
            {QStringLiteral("scores"), scores}};
}

void AssessmentPanel::addFields(FieldProblemMarker &marker) const
{
    marker.add(QStringLiteral("assessment.assessed_on"), m_assessedOn);
    marker.add(QStringLiteral("assessment.scores"), m_scoresBox);
}

} // namespace fremdrift
