#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace fremdrift {

class FieldProblemMarker;
struct StepFormContext;

// The investigation (seed 000, step 3): consent competence and who assessed it, user and
// relatives' participation, the needs on every life area, the person's own needs, wishes and
// goals, GP, nearest relative and whether an individual plan is needed. The JSON is the object
// under the form's "investigation" key.
class InvestigationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit InvestigationPanel(QWidget *parent = nullptr);

    // Fields never filled in start from what the client's record says (GP, nearest relative,
    // consent competence).
    void load(const QJsonObject &investigation, const StepFormContext &context);
    QJsonObject value() const;
    // Registers the fields as "investigation.<key>" and "investigation.life_areas.<area>".
    void addFields(FieldProblemMarker &marker) const;

    QComboBox *consentCombo() const { return m_consent; }
    QComboBox *individualPlanCombo() const { return m_individualPlan; }
    QLineEdit *lineEdit(const QString &key) const { return m_lines.value(key); }
    QPlainTextEdit *textEdit(const QString &key) const { return m_texts.value(key); }
    QPlainTextEdit *lifeAreaEdit(const QString &area) const { return m_areas.value(area); }

private:
    void addLine(QFormLayout *layout, const QString &key);
    void addText(QFormLayout *layout, const QString &key);
    QWidget *createLifeAreas();
    void prefill(const StepFormContext &context);

    QComboBox *m_consent;
    QComboBox *m_individualPlan = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QPlainTextEdit *> m_texts;
    QHash<QString, QPlainTextEdit *> m_areas;
};

} // namespace fremdrift
