#pragma once

#include <QCoreApplication>

namespace fremdrift {

// The translation context of the decision editor's texts. The parts of its dialog
// (DecisionHeader, DecisionDatesForm, DecisionServicesPanel) translate their texts with
// DecisionEditorText::tr(), so that the whole dialog stays one context for translators,
// fremdrift::DecisionEditor. A plain tr() in those classes would start a context of its own.
class DecisionEditorText final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::DecisionEditor)
};

} // namespace fremdrift
