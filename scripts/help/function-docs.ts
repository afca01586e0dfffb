/**
 * Reads the custom functions' JSDoc from src/functions/functions.ts, the same comments
 * custom-functions-metadata turns into functions.json: id, help anchor, summary, arguments, result.
 */
import ts from "typescript";

export interface ParamDoc {
  readonly name: string;
  readonly optional: boolean;
  readonly description: string;
}

export interface FunctionDoc {
  /** The @customfunction id: ASSIETTE. */
  readonly id: string;
  /** The fragment of @helpurl: assiette. */
  readonly anchor: string;
  /** The JSDoc's first paragraph. */
  readonly summary: string;
  readonly params: readonly ParamDoc[];
  /** The @returns sentence. */
  readonly returns: string;
}

const text = (comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string =>
  (ts.getTextOfJSDocComment(comment) ?? "").replace(/\s+/g, " ").trim();

/** Every exported function tagged @customfunction, in file order. Throws on a tag left out. */
export function readFunctionDocs(source: string, fileName = "functions.ts"): FunctionDoc[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const docs: FunctionDoc[] = [];
  for (const statement of file.statements) {
    if (!ts.isFunctionDeclaration(statement) || statement.name === undefined) continue;
    const jsDoc = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc).at(-1);
    const tags: readonly ts.JSDocTag[] = jsDoc?.tags ?? [];
    const tag = (name: string): ts.JSDocTag | undefined => tags.find((t) => t.tagName.text === name);
    const custom = tag("customfunction");
    if (jsDoc === undefined || custom === undefined) continue;
    const where = `${fileName}, ${statement.name.text}`;
    const id = text(custom.comment);
    const helpUrl = text(tag("helpurl")?.comment);
    const anchor = helpUrl.split("#")[1];
    const returnTag = tags.find(ts.isJSDocReturnTag);
    if (id === "" || anchor === undefined || anchor === "")
      throw new Error(`${where} : @customfunction ou @helpurl#ancre manquant.`);
    if (returnTag === undefined) throw new Error(`${where} : @returns manquant.`);
    const params = tags.filter(ts.isJSDocParameterTag).map((p) => ({
      name: p.name.getText(file),
      optional: p.isBracketed,
      description: text(p.comment),
    }));
    const empty = params.find((p) => p.description === "");
    if (empty !== undefined) throw new Error(`${where} : l'argument ${empty.name} n'a pas de description.`);
    docs.push({ id, anchor, summary: text(jsDoc.comment), params, returns: text(returnTag.comment) });
  }
  return docs;
}

/** `GEF.ASSIETTE(patrimoine; [exclus])`, as French Excel's formula tooltip shows it. */
export function syntax(doc: FunctionDoc): string {
  return `GEF.${doc.id}(${doc.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ")})`;
}
