import { useState } from 'react';
import {
  COMMENTARY_SECTION_LABELS,
  COMMENTARY_SECTIONS,
  type CommentarySection,
  type DiagnosticCommentaryDto,
} from '../../../../shared/diagnostic/diagnosticDto';
import { quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/Toast';

/** The technician's reading of the figures, per part: it is frozen with the diagnostic and goes in the Word document. */
export function CommentaryEditor({
  commentary,
  onSaved,
}: {
  commentary: DiagnosticCommentaryDto;
  onSaved: (commentary: DiagnosticCommentaryDto) => void;
}) {
  const toast = useToast();
  const [drafts, setDrafts] = useState<DiagnosticCommentaryDto>(commentary);
  const [errors, setErrors] = useState<Partial<Record<CommentarySection, string>>>({});
  const [saving, setSaving] = useState<CommentarySection | null>(null);

  const save = async (section: CommentarySection) => {
    setSaving(section);
    const result = await call('diagnostic.setCommentary', { section, text: drafts[section] });
    setSaving(null);
    if (result.ok) {
      setErrors((current) => ({ ...current, [section]: undefined }));
      onSaved(result.data);
      toast({
        tone: 'success',
        message: `Commentaire ${quoted(COMMENTARY_SECTION_LABELS[section])} enregistré.`,
      });
    } else setErrors((current) => ({ ...current, [section]: result.error.message }));
  };

  return (
    <section className="diagnostic-section" aria-labelledby="diagnostic-commentary-title">
      <h2 id="diagnostic-commentary-title">Commentaire</h2>
      <p className="diagnostic-section-hint">
        Votre lecture des chiffres, partie par partie&nbsp;: elle est figée avec le diagnostic et reprise dans
        le document Word.
      </p>
      <div className="diagnostic-commentary">
        {COMMENTARY_SECTIONS.map((section) => {
          const changed = drafts[section] !== commentary[section];
          return (
            <div key={section} className="diagnostic-commentary-part">
              <Field label={COMMENTARY_SECTION_LABELS[section]} error={errors[section]}>
                {(props) => (
                  <textarea
                    {...props}
                    rows={4}
                    value={drafts[section]}
                    onChange={(event) =>
                      setDrafts((current) => ({ ...current, [section]: event.target.value }))
                    }
                  />
                )}
              </Field>
              <Button onClick={() => void save(section)} disabled={!changed || saving === section}>
                {saving === section ? 'Enregistrement…' : 'Enregistrer'}
                <span className="visually-hidden">
                  {' '}
                  la partie {quoted(COMMENTARY_SECTION_LABELS[section])}
                </span>
              </Button>
            </div>
          );
        })}
      </div>
    </section>
  );
}
