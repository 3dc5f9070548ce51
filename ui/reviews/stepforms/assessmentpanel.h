#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;

namespace fremdrift {

struct AssessmentTool;
class FieldProblemMarker;
class OptionalDateEdit;

// The jurisdiction's assessment tool, dated and scored item by item (Norway: IPLOS, 17 items
// scored 1–5 or 9 for not relevant; Sweden: IBIC; Denmark: VUM 2.0, 0–4). The JSON is the
// object under the form's "assessment" key: {tool, assessed_on, scores {item id: score}}.
class AssessmentPanel final : public QWidget
{
    Q_OBJECT

public:
    AssessmentPanel(const AssessmentTool &tool, QWidget *parent = nullptr);

    void load(const QJsonObject &assessment);
    QJsonObject value() const;
    // "assessment.assessed_on" and "assessment.scores".
    void addFields(FieldProblemMarker &marker) const;

    OptionalDateEdit *assessedOnEdit() const { return m_assessedOn; }
    // The score of `itemId`; its data is the score, or nothing for "not scored".
    QComboBox *scoreCombo(const QString &itemId) const { return m_scores.value(itemId); }

private:
    QWidget *createScores(const AssessmentTool &tool);
    QComboBox *createScoreCombo(const AssessmentTool &tool, QWidget *parent);

    QString m_toolId;
    OptionalDateEdit *m_assessedOn;
    QWidget *m_scoresBox = nullptr;
    QHash<QString, QComboBox *> m_scores;
};

} // namespace fremdrift
