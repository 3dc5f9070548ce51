#pragma once

#include "domain/decision.h"

#include <QScrollArea>

#include <map>

class QPlainTextEdit;

namespace fremdrift {

class FieldProblemMarker;

// The text sections of a decision (allDecisionSections()), one editor each, under their titles.
class DecisionSectionsTab final : public QScrollArea
{
    Q_OBJECT

public:
    explicit DecisionSectionsTab(QWidget *parent = nullptr);

    void load(const Decision &decision);
    // Sets the sections of `decision` to the text the tab has.
    void apply(Decision &decision) const;
    void setEditable(bool editable);

    // Registers each section's editor under its key with `marker`, and takes its mark away
    // when the user edits it.
    void addFields(FieldProblemMarker &marker);

private:
    std::map<DecisionSection, QPlainTextEdit *> m_sections;
};

} // namespace fremdrift
