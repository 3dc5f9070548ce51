#pragma once

#include "domain/decision.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace fremdrift {

class FieldProblemMarker;
class JurisdictionProfile;
class OptionalDateEdit;

// The legal basis of a decision and its dates: valid from, until (or no end date) and when it
// will be evaluated.
class DecisionDatesForm final : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionDatesForm(const JurisdictionProfile &profile, QWidget *parent = nullptr);

    void load(const Decision &decision);
    // Sets the legal basis and the dates of `decision` to what the form has.
    void apply(Decision &decision) const;
    void setEditable(bool editable);

    // The code of the legal basis chosen; empty when none is.
    QString legalBasis() const;

    // Registers the form's fields ("legal_basis", "valid_from", ...) with `marker`, and takes
    // a field's mark away when the user edits it.
    void addFields(FieldProblemMarker &marker);

private:
    void createLegalBasis(const JurisdictionProfile &profile);
    void createDates();
    void layOut();
    void clearMarksOnEdit(FieldProblemMarker &marker);

    bool m_editable = true;
    QComboBox *m_legalBasis = nullptr;
    // Shown instead when read-only: a disabled combo is hard to read.
    QLineEdit *m_legalBasisText = nullptr;
    OptionalDateEdit *m_validFrom = nullptr;
    QCheckBox *m_noEndDate = nullptr;
    OptionalDateEdit *m_validTo = nullptr;
    OptionalDateEdit *m_evaluationDate = nullptr;
};

} // namespace fremdrift
