import {
  type GraphQLResolveInfo,
  getArgumentValues,
  isInterfaceType,
  Kind,
  type SelectionNode,
} from 'graphql';

/**
 * The arguments of the `relations` field selected under this entity field, when it is selected: the
 * entity and its relations can then be read in one query instead of two in a row.
 */
export function selectedRelationsArgs(info: GraphQLResolveInfo): Record<string, unknown> | null {
  const entity = info.schema.getType('Entity');
  const definition = isInterfaceType(entity) ? entity.getFields().relations : undefined;
  if (!definition) return null;
  const selections = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
  const field = findField(selections, 'relations', info, new Set());
  return field ? getArgumentValues(definition, field, info.variableValues) : null;
}

function findField(
  selections: readonly SelectionNode[],
  name: string,
  info: GraphQLResolveInfo,
  seen: Set<string>,
): Extract<SelectionNode, { kind: Kind.FIELD }> | null {
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) return selection;
      continue;
    }
    let inner: readonly SelectionNode[] = [];
    if (selection.kind === Kind.INLINE_FRAGMENT) inner = selection.selectionSet.selections;
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      inner = info.fragments[selection.name.value]?.selectionSet.selections ?? [];
    }
    const found = findField(inner, name, info, seen);
    if (found) return found;
  }
  return null;
}

/**
 * True when the selection under this field reaches `path` (e.g. ['edges', 'properties']) through any
 * alias or fragment: a read may then leave out what nobody asked for.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let selections: readonly SelectionNode[] = info.fieldNodes.flatMap(
    (node) => node.selectionSet?.selections ?? [],
  );
  for (const name of path) {
    const fields = collectFields(selections, name, info, new Set());
    if (fields.length === 0) return false;
    selections = fields.flatMap((field) => field.selectionSet?.selections ?? []);
  }
  return true;
}

function collectFields(
  selections: readonly SelectionNode[],
  name: string,
  info: GraphQLResolveInfo,
  seen: Set<string>,
): Extract<SelectionNode, { kind: Kind.FIELD }>[] {
  return selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return collectFields(selection.selectionSet.selections, name, info, seen);
    }
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    return collectFields(
      info.fragments[selection.name.value]?.selectionSet.selections ?? [],
      name,
      info,
      seen,
    );
  });
}
