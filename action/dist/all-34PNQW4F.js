import { createRequire as __copygateCreateRequire } from "node:module";
const require = __copygateCreateRequire(import.meta.url);
import {
  CAMPAIGN_NOT_LOADED,
  INVALID_FILE
} from "./chunk-L7RWXPYC.js";
import {
  CHECK_IDS,
  buildReport,
  checkContextFor,
  checkFreshness,
  chooseClock,
  compileFallback,
  consequenceOf,
  contentHash,
  decisionHeadline,
  executeSuite,
  fallbackFields,
  formatMarkdown,
  hostProblem,
  loadCampaign,
  loadPolicies,
  loadPromptRegistry,
  loadReleases,
  loadSourceDefinition,
  parseLocated,
  parsePromptRef,
  partitionAudience,
  provenanceParts,
  readRepoText,
  require_applicator,
  require_codegen,
  require_compile,
  require_core,
  require_core2,
  require_dependencies,
  require_discriminator,
  require_dist as require_dist2,
  require_format,
  require_lib,
  require_metadata,
  require_names,
  require_ref,
  require_ref_error,
  require_util,
  require_validate,
  require_validation,
  require_validation_error,
  resolveInRepo,
  retryAfterMs,
  routeApproval,
  runChecks,
  runIdFor,
  secretNameProblem,
  selectDeclaredInput,
  sha256,
  splitPromptFile,
  versionFromFileName
} from "./chunk-3SSIPCEE.js";
import {
  COMPARISON_BUDGET,
  InputError,
  isInputError,
  require_dist
} from "./chunk-SNLDFVO7.js";
import {
  __commonJS,
  __toESM
} from "./chunk-BGM4SLAQ.js";

// node_modules/deepmerge/dist/cjs.js
var require_cjs = __commonJS({
  "node_modules/deepmerge/dist/cjs.js"(exports, module) {
    "use strict";
    var isMergeableObject = function isMergeableObject2(value) {
      return isNonNullObject(value) && !isSpecial(value);
    };
    function isNonNullObject(value) {
      return !!value && typeof value === "object";
    }
    function isSpecial(value) {
      var stringValue = Object.prototype.toString.call(value);
      return stringValue === "[object RegExp]" || stringValue === "[object Date]" || isReactElement(value);
    }
    var canUseSymbol = typeof Symbol === "function" && Symbol.for;
    var REACT_ELEMENT_TYPE = canUseSymbol ? /* @__PURE__ */ Symbol.for("react.element") : 60103;
    function isReactElement(value) {
      return value.$$typeof === REACT_ELEMENT_TYPE;
    }
    function emptyTarget(val) {
      return Array.isArray(val) ? [] : {};
    }
    function cloneUnlessOtherwiseSpecified(value, options) {
      return options.clone !== false && options.isMergeableObject(value) ? deepmerge(emptyTarget(value), value, options) : value;
    }
    function defaultArrayMerge(target, source, options) {
      return target.concat(source).map(function(element) {
        return cloneUnlessOtherwiseSpecified(element, options);
      });
    }
    function getMergeFunction(key, options) {
      if (!options.customMerge) {
        return deepmerge;
      }
      var customMerge = options.customMerge(key);
      return typeof customMerge === "function" ? customMerge : deepmerge;
    }
    function getEnumerableOwnPropertySymbols(target) {
      return Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(target).filter(function(symbol) {
        return Object.propertyIsEnumerable.call(target, symbol);
      }) : [];
    }
    function getKeys(target) {
      return Object.keys(target).concat(getEnumerableOwnPropertySymbols(target));
    }
    function propertyIsOnObject(object, property) {
      try {
        return property in object;
      } catch (_) {
        return false;
      }
    }
    function propertyIsUnsafe(target, key) {
      return propertyIsOnObject(target, key) && !(Object.hasOwnProperty.call(target, key) && Object.propertyIsEnumerable.call(target, key));
    }
    function mergeObject(target, source, options) {
      var destination = {};
      if (options.isMergeableObject(target)) {
        getKeys(target).forEach(function(key) {
          destination[key] = cloneUnlessOtherwiseSpecified(target[key], options);
        });
      }
      getKeys(source).forEach(function(key) {
        if (propertyIsUnsafe(target, key)) {
          return;
        }
        if (propertyIsOnObject(target, key) && options.isMergeableObject(source[key])) {
          destination[key] = getMergeFunction(key, options)(target[key], source[key], options);
        } else {
          destination[key] = cloneUnlessOtherwiseSpecified(source[key], options);
        }
      });
      return destination;
    }
    function deepmerge(target, source, options) {
      options = options || {};
      options.arrayMerge = options.arrayMerge || defaultArrayMerge;
      options.isMergeableObject = options.isMergeableObject || isMergeableObject;
      options.cloneUnlessOtherwiseSpecified = cloneUnlessOtherwiseSpecified;
      var sourceIsArray = Array.isArray(source);
      var targetIsArray = Array.isArray(target);
      var sourceAndTargetTypesMatch = sourceIsArray === targetIsArray;
      if (!sourceAndTargetTypesMatch) {
        return cloneUnlessOtherwiseSpecified(source, options);
      } else if (sourceIsArray) {
        return options.arrayMerge(target, source, options);
      } else {
        return mergeObject(target, source, options);
      }
    }
    deepmerge.all = function deepmergeAll(array, options) {
      if (!Array.isArray(array)) {
        throw new Error("first argument should be an array");
      }
      return array.reduce(function(prev, next) {
        return deepmerge(prev, next, options);
      }, {});
    };
    var deepmerge_1 = deepmerge;
    module.exports = deepmerge_1;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId: schemaId2 } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId: schemaId2, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// action/src/stages/campaign.ts
import { readFile as readFile4 } from "node:fs/promises";
import { join as join7 } from "node:path";

// core/pipeline/checkpoint.ts
var STATUS_RANK = { skipped: 0, pass: 1, warn: 2, fail: 3 };
var VERDICT_RANK = { pass: 0, review: 1, fail: 2 };
function mergeVariantReports(variants, freshness2) {
  const byId = /* @__PURE__ */ new Map();
  for (const v of variants) {
    for (const check of v.evals.checks) {
      const seen = byId.get(check.id);
      const evidence = (check.evidence ?? []).map((e) => `${v.audience.key}: ${e}`);
      if (!seen) {
        byId.set(check.id, { ...check, evidence: [...evidence] });
        continue;
      }
      if (STATUS_RANK[check.status] > STATUS_RANK[seen.status]) {
        byId.set(check.id, { ...check, evidence: [...seen.evidence ?? [], ...evidence] });
      } else {
        seen.evidence = [...seen.evidence ?? [], ...evidence];
      }
    }
  }
  let verdict2 = "pass";
  for (const v of variants) if (VERDICT_RANK[v.evals.verdict] > VERDICT_RANK[verdict2]) verdict2 = v.evals.verdict;
  const reasons = [...new Set(variants.flatMap((v) => v.evals.risk_reasons ?? []))];
  if (freshness2.decision !== "proceed") reasons.push(...freshness2.notes.slice(0, 1));
  const fallbacks = variants.filter((v) => v.source === "fallback_template").map((v) => v.audience.key);
  if (fallbacks.length > 0) reasons.push(`generation failed, approved fallback template used for ${fallbacks.join(", ")}`);
  const otherModel = variants.filter((v) => v.source === "model" && v.fallback_reason).map((v) => v.audience.key);
  if (otherModel.length > 0) reasons.push(`written by a fallback model for ${otherModel.join(", ")}`);
  if (reasons.length > 0 && verdict2 === "pass") verdict2 = "review";
  const checks = [...byId.values()].map((c) => c.evidence?.length ? c : withoutEvidence(c));
  const risk = variants.map((v) => v.evals.risk_level);
  const risk_level = risk.includes("high") ? "high" : risk.includes("medium") ? "medium" : "low";
  return { verdict: verdict2, risk_level, checks, ...reasons.length ? { risk_reasons: reasons } : {} };
}
function withoutEvidence(check) {
  const { evidence: _evidence, ...rest } = check;
  return rest;
}
function buildCheckpoint(args) {
  const { campaign, runId, promptVersion, report } = args;
  const routed = routeApproval(report, campaign.approval);
  return {
    workflow: campaign.workflow,
    run_id: runId,
    prompt_version: `${campaign.workflow}:v${promptVersion}`,
    audience: (campaign.audience?.segment ?? "\u2014").replace(/^seg_/, ""),
    risk_level: routed.risk_level,
    verdict: report.verdict,
    required_reviewers: routed.required_reviewers,
    decision: routed.decision
  };
}

// core/pipeline/context.ts
import { join } from "node:path";
async function loadCampaignContext(root, campaignDir) {
  const campaign = await loadCampaign(root, campaignDir);
  const [policies, registry] = await Promise.all([loadPolicies(root, campaign.policies), loadPromptRegistry(root)]);
  const prompt = registry.resolve(campaign.prompt);
  return {
    root,
    campaignDir,
    campaign,
    policies,
    registry,
    prompt,
    // The rollout block moves a version between stages; it changes no copy, so a stage move leaves the drafts current.
    campaignHash: contentHash({ ...campaign, rollout: void 0 }),
    policyHashes: {
      [policies.claims.version]: contentHash(policies.claims),
      [policies.legal.version]: contentHash(policies.legal),
      [policies.brand.version]: contentHash(policies.brand)
    }
  };
}
function draftsPath(campaignDir) {
  return join(campaignDir, "drafts.json");
}

// core/pipeline/drafts.ts
import { mkdir as mkdir2, readdir as readdir2, rename, rm as rm2, stat, writeFile as writeFile2 } from "node:fs/promises";

// core/render/files.ts
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";
function fileHash(bytes) {
  return `sha256:${sha256(bytes)}`;
}
async function renderedMismatch(root, campaignDir, variants) {
  for (const variant2 of variants) {
    const record = variant2.rendered;
    if (!record) continue;
    for (const [file, hash] of [[record.html_file, record.html_hash], [record.text_file, record.text_hash]]) {
      const bytes = await readFile(join2(root, campaignDir, file), "utf8").catch(() => null);
      if (bytes === null) return `${campaignDir}/${file} is missing`;
      if (fileHash(bytes) !== hash) return `${campaignDir}/${file} does not match its hash in drafts.json (edited by hand after generation?)`;
    }
  }
  return null;
}

// core/pipeline/drafts.ts
function publishableContent(variants) {
  return variants.map((v) => ({
    audience: v.audience.key,
    content: v.content,
    ...v.rendered ? { rendered: { subject: v.rendered.subject, preview_text: v.rendered.preview_text, html: v.rendered.html_hash, text: v.rendered.text_hash } } : {}
  }));
}
function draftsContentHash(variants) {
  return contentHash(publishableContent(variants));
}
async function readDraftsFile(root, path) {
  const absolute = await resolveInRepo(root, path, { file: path });
  if (!await stat(absolute).catch(() => null)) return null;
  const text2 = await readRepoText(root, path);
  try {
    return JSON.parse(text2);
  } catch (error) {
    throw new InputError(`${path} is not valid JSON: ${error.message}`, {
      file: path,
      hint: "regenerate it with `copygate generate` instead of editing it by hand"
    });
  }
}

// core/brief/dates.ts
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function formatExpiry(iso) {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const day = `${MONTHS[at.getUTCMonth()]} ${at.getUTCDate()}, ${at.getUTCFullYear()}`;
  const time = `${String(at.getUTCHours()).padStart(2, "0")}:${String(at.getUTCMinutes()).padStart(2, "0")}`;
  return `${day}, ${time} UTC`;
}

// core/brief/untrusted.ts
var FREE_TEXT_MAX_CHARS = 500;
var TAG = /<\s*\/?\s*[A-Za-z_][\w:.-]*[^<>]*>/g;
function sanitizeFreeText(text2, maxChars = FREE_TEXT_MAX_CHARS) {
  let cleaned = text2;
  for (let previous = ""; previous !== cleaned; ) {
    previous = cleaned;
    cleaned = cleaned.replace(TAG, "");
  }
  cleaned = cleaned.replace(/[<>]/g, "").replace(/\s+/g, " ").trim();
  return cleaned.length > maxChars ? `${cleaned.slice(0, maxChars - 1).trimEnd()}\u2026` : cleaned;
}

// core/brief/build.ts
var STANDARD_CONTEXT = {
  brand_name: null,
  brief: ["goal", "key_message", "cta_text", "deadline_text"],
  offer: ["code", "summary", "expires_text"],
  approved_claims: null,
  legal_rules: null,
  brand_voice: null,
  banned_words: null,
  audience: ["variant", "role", "plan_name", "usage_summary", "crm_notes"],
  footer: ["unsubscribe_text", "postal_address"],
  channel: null
};
var GENERIC_ROLE = "any";
function buildPromptInput({ campaign, policies, cohort }) {
  return {
    brand_name: policies.brand.product_name.canonical,
    brief: {
      goal: campaign.brief.goal,
      key_message: campaign.brief.key_message,
      cta_text: campaign.brief.cta_text,
      deadline_text: deadlineText(campaign)
    },
    // No offer, no field: a prompt that requires one fails validation for an offerless campaign.
    ...campaign.offer ? { offer: { code: campaign.offer.code, summary: campaign.offer.summary, expires_text: formatExpiry(campaign.offer.expires_at) } } : {},
    approved_claims: approvedClaimTexts(campaign, policies),
    legal_rules: policies.legal.restrictions.map((r) => r.rule),
    brand_voice: policies.brand.voice,
    banned_words: [...policies.brand.banned_words],
    audience: audienceOf(cohort),
    footer: footerOf(policies),
    channel: { ...campaign.channel }
  };
}
function approvedClaimTexts(campaign, policies) {
  return campaign.brief.claims.map((id) => {
    const claim = policies.claims.claims.find((c) => c.id === id);
    if (!claim) {
      throw new InputError(`brief.claims names "${id}", which ${policies.claims.version} does not approve`, {
        file: `campaigns/${campaign.id}/campaign.yaml`,
        field: "brief.claims",
        hint: `use one of: ${policies.claims.claims.map((c) => c.id).join(", ")}`
      });
    }
    return claim.text;
  });
}
function deadlineText(campaign) {
  const offerEnd = campaign.offer ? `The offer ends ${formatExpiry(campaign.offer.expires_at)}.` : "";
  if (campaign.brief.deadline === "trial_end") {
    const days = Number(campaign.audience?.expect?.trial_ends_within_days ?? 0);
    const trialEnd = days > 0 ? `The trial ends in ${days} day${days === 1 ? "" : "s"}.` : "The trial ends soon.";
    return [trialEnd, offerEnd].filter(Boolean).join(" ");
  }
  if (campaign.brief.deadline === "offer_end") return offerEnd || "No deadline.";
  return "No deadline.";
}
function audienceOf(cohort) {
  const audience = {
    variant: cohort.variant,
    role: cohort.variant === "generic" ? GENERIC_ROLE : cohort.role ?? GENERIC_ROLE,
    plan_name: cohort.plan_name
  };
  if (cohort.variant === "generic") return audience;
  const usage = sanitizeFreeText(cohort.usage_summary ?? "");
  const notes = sanitizeFreeText(cohort.crm_notes ?? "");
  if (usage) audience.usage_summary = usage;
  if (notes) audience.crm_notes = notes;
  return audience;
}
function footerOf(policies) {
  const footer = policies.legal.restrictions.find((r) => r.postal_address || r.unsubscribe_phrases?.length);
  const phrase = footer?.unsubscribe_phrases?.[0] ?? "";
  return {
    unsubscribe_text: phrase && !/[.!?]$/.test(phrase) ? `${phrase}.` : phrase,
    postal_address: footer?.postal_address ?? ""
  };
}

// core/pipeline/evaluate.ts
function cohortCheckContext(context, cohort) {
  return checkContextFor({
    campaign: context.campaign,
    policies: context.policies,
    outputSchema: context.prompt.outputSchema,
    usageSummary: cohort.variant === "personalized" ? cohort.usage_summary : void 0,
    crmNotes: cohort.crm_notes ? [cohort.crm_notes] : void 0
  });
}
function checkVariantContent(context, cohort, content) {
  const { evals } = context.campaign;
  return runChecks(content, cohortCheckContext(context, cohort), evals === "default" ? void 0 : evals);
}
function withJudges(report, judged) {
  const warned = judged.some((j) => j.status === "warn" || j.status === "fail");
  const verdict2 = report.verdict === "fail" ? "fail" : report.verdict === "review" || warned ? "review" : "pass";
  return { ...report, verdict: verdict2, checks: [...report.checks, ...judged] };
}

// core/render/template.ts
var import_handlebars = __toESM(require_lib(), 1);
import { readFile as readFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";

// core/render/slots.ts
var SLOT_NAMES = ["subject", "preview_text", "body", "cta_text", "cta_url", "closing", "unsubscribe_url", "postal_address"];
var PLATFORM_UNSUBSCRIBE_TAGS = {
  sendgrid: "{{{unsubscribe}}}",
  mailchimp: "*|UNSUB|*",
  customerio: "{% unsubscribe_url %}"
};
function unsubscribeUrl(campaign) {
  return campaign.email?.unsubscribe_url ?? PLATFORM_UNSUBSCRIBE_TAGS[campaign.publish.target];
}

// core/render/template.ts
function templatePathFor(campaign, campaignDir) {
  if (campaign.channel.kind !== "email") return null;
  if (campaign.email?.template) return { path: campaign.email.template, named: true };
  return { path: join3(campaignDir, "email.mjml"), named: false };
}
async function loadEmailTemplate(root, campaign, campaignDir) {
  const where = templatePathFor(campaign, campaignDir);
  if (!where) return null;
  let source;
  try {
    source = await readFile2(join3(root, where.path), "utf8");
  } catch {
    if (!where.named) return null;
    throw new InputError(`email.template "${where.path}" does not exist`, { file: join3(campaignDir, "campaign.yaml"), field: "email.template", hint: "give a repository-relative path to an .mjml file, e.g. templates/lifecycle.mjml" });
  }
  return parseEmailTemplate(where.path, source);
}
function parseEmailTemplate(path, source) {
  return { path, source, hash: `sha256:${sha256(source)}`, fill: compileSlots(source, path) };
}
function compileSlots(source, file) {
  let template;
  try {
    template = import_handlebars.default.compile(source, { strict: true });
    template(Object.fromEntries(SLOT_NAMES.map((name) => [name, name])));
  } catch (error) {
    throw slotError(error, file);
  }
  return (slots) => template(slots);
}
function slotError(error, file) {
  const message = error.message;
  const parseLine = /Parse error on line (\d+)/.exec(message)?.[1];
  if (parseLine) return new InputError(`the template's {{\u2026}} syntax is broken: ${message.split("\n").at(-1)}`, { file, line: Number(parseLine) });
  const unknown = /"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message);
  if (unknown) {
    return new InputError(`unknown slot {{${unknown[1]}}}`, { file, line: Number(unknown[2]), col: Number(unknown[3]) + 1, hint: `the slots are ${SLOT_NAMES.join(", ")}` });
  }
  return new InputError(`the template cannot be filled: ${message}`, { file });
}

// core/render/engine-thread.ts
import { Worker } from "node:worker_threads";
function builtWorkerUrl() {
  return typeof __COPYGATE_MJML_WORKER__ === "string" ? new URL(__COPYGATE_MJML_WORKER__, import.meta.url) : void 0;
}
function workerRenderer(url, unavailable2) {
  const worker = new Worker(url);
  worker.unref();
  const pending = /* @__PURE__ */ new Map();
  let nextId = 0;
  let failed;
  const fail = (why) => {
    failed ??= unavailable2(why);
    for (const waiting of pending.values()) waiting.reject(failed);
    pending.clear();
  };
  worker.on("message", (reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (!waiting) return;
    if (reply.error !== void 0) waiting.reject(new Error(reply.error));
    else waiting.resolve({ html: reply.html ?? "", errors: reply.errors ?? [] });
  });
  worker.on("error", (error) => fail(error.message.split("\n")[0] ?? "the renderer's thread failed"));
  worker.on("exit", (code) => fail(`the renderer's thread stopped (exit code ${code})`));
  return (mjml, options) => new Promise((resolve3, reject) => {
    if (failed) return reject(failed);
    const id = nextId++;
    pending.set(id, { resolve: resolve3, reject });
    worker.ref();
    worker.postMessage({ id, mjml, options });
  });
}

// core/render/mjml.ts
var MjmlEngineUnavailable = class extends Error {
};
var unavailable = (why) => new MjmlEngineUnavailable(`the MJML renderer is not available here (${why})`);
var engine;
function loadEngine() {
  engine ??= (async () => {
    const url = builtWorkerUrl();
    if (url) return workerRenderer(url, unavailable);
    try {
      const { mjmlEngine } = await import("./engine-FZNLI4AI.js");
      return mjmlEngine();
    } catch (error) {
      throw unavailable(error.message.split("\n")[0] ?? "");
    }
  })();
  return engine;
}
function preloadMjmlEngine() {
  loadEngine().catch(() => void 0);
}
var RANDOM_ID_TAGS = ["mj-carousel", "mj-navbar"];
function lineOf(source, index) {
  return source.slice(0, index).split("\n").length;
}
async function mjmlToHtml(source, file) {
  const forget = (error) => {
    engine = void 0;
    throw error;
  };
  const mjml2html = await loadEngine().catch(forget);
  for (const tag of RANDOM_ID_TAGS) {
    const at = source.indexOf(`<${tag}`);
    if (at >= 0) {
      throw new InputError(`<${tag}> renders random ids, so the same draft would not render to the same bytes`, {
        file,
        line: lineOf(source, at),
        hint: "use <mj-section>/<mj-button> instead; the rendered email is hashed and approved byte for byte"
      });
    }
  }
  if (!/<mjml[\s>]/.test(source)) {
    throw new InputError("the email template has no <mjml> root element", { file, line: 1, hint: "start the template with <mjml><mj-body>\u2026" });
  }
  let result5;
  try {
    result5 = await mjml2html(source, { validationLevel: "soft", keepComments: false, beautify: false, minify: false, filePath: file, ignoreIncludes: true });
  } catch (error) {
    if (error instanceof MjmlEngineUnavailable) forget(error);
    throw new InputError(`the MJML template does not render: ${error.message}`, { file });
  }
  if (result5.errors.length > 0) {
    const [first] = result5.errors;
    const lines = result5.errors.map((e) => `line ${e.line}: <${e.tagName}> ${e.message}`);
    throw new InputError(result5.errors.length === 1 ? `<${first.tagName}> ${first.message}` : `the MJML template has ${result5.errors.length} errors:
${lines.join("\n")}`, {
      file,
      line: first.line,
      hint: "fix the template (https://documentation.mjml.io) and run `copygate generate` again"
    });
  }
  return result5.html;
}

// node_modules/domelementtype/lib/esm/index.js
var ElementType;
(function(ElementType2) {
  ElementType2["Root"] = "root";
  ElementType2["Text"] = "text";
  ElementType2["Directive"] = "directive";
  ElementType2["Comment"] = "comment";
  ElementType2["Script"] = "script";
  ElementType2["Style"] = "style";
  ElementType2["Tag"] = "tag";
  ElementType2["CDATA"] = "cdata";
  ElementType2["Doctype"] = "doctype";
})(ElementType || (ElementType = {}));
var Root = ElementType.Root;
var Text = ElementType.Text;
var Directive = ElementType.Directive;
var Comment = ElementType.Comment;
var Script = ElementType.Script;
var Style = ElementType.Style;
var Tag = ElementType.Tag;
var CDATA = ElementType.CDATA;
var Doctype = ElementType.Doctype;

// node_modules/entities/lib/esm/generated/decode-data-html.js
var decode_data_html_default = new Uint16Array(
  // prettier-ignore
  '\u1D41<\xD5\u0131\u028A\u049D\u057B\u05D0\u0675\u06DE\u07A2\u07D6\u080F\u0A4A\u0A91\u0DA1\u0E6D\u0F09\u0F26\u10CA\u1228\u12E1\u1415\u149D\u14C3\u14DF\u1525\0\0\0\0\0\0\u156B\u16CD\u198D\u1C12\u1DDD\u1F7E\u2060\u21B0\u228D\u23C0\u23FB\u2442\u2824\u2912\u2D08\u2E48\u2FCE\u3016\u32BA\u3639\u37AC\u38FE\u3A28\u3A71\u3AE0\u3B2E\u0800EMabcfglmnoprstu\\bfms\x7F\x84\x8B\x90\x95\x98\xA6\xB3\xB9\xC8\xCFlig\u803B\xC6\u40C6P\u803B&\u4026cute\u803B\xC1\u40C1reve;\u4102\u0100iyx}rc\u803B\xC2\u40C2;\u4410r;\uC000\u{1D504}rave\u803B\xC0\u40C0pha;\u4391acr;\u4100d;\u6A53\u0100gp\x9D\xA1on;\u4104f;\uC000\u{1D538}plyFunction;\u6061ing\u803B\xC5\u40C5\u0100cs\xBE\xC3r;\uC000\u{1D49C}ign;\u6254ilde\u803B\xC3\u40C3ml\u803B\xC4\u40C4\u0400aceforsu\xE5\xFB\xFE\u0117\u011C\u0122\u0127\u012A\u0100cr\xEA\xF2kslash;\u6216\u0176\xF6\xF8;\u6AE7ed;\u6306y;\u4411\u0180crt\u0105\u010B\u0114ause;\u6235noullis;\u612Ca;\u4392r;\uC000\u{1D505}pf;\uC000\u{1D539}eve;\u42D8c\xF2\u0113mpeq;\u624E\u0700HOacdefhilorsu\u014D\u0151\u0156\u0180\u019E\u01A2\u01B5\u01B7\u01BA\u01DC\u0215\u0273\u0278\u027Ecy;\u4427PY\u803B\xA9\u40A9\u0180cpy\u015D\u0162\u017Aute;\u4106\u0100;i\u0167\u0168\u62D2talDifferentialD;\u6145leys;\u612D\u0200aeio\u0189\u018E\u0194\u0198ron;\u410Cdil\u803B\xC7\u40C7rc;\u4108nint;\u6230ot;\u410A\u0100dn\u01A7\u01ADilla;\u40B8terDot;\u40B7\xF2\u017Fi;\u43A7rcle\u0200DMPT\u01C7\u01CB\u01D1\u01D6ot;\u6299inus;\u6296lus;\u6295imes;\u6297o\u0100cs\u01E2\u01F8kwiseContourIntegral;\u6232eCurly\u0100DQ\u0203\u020FoubleQuote;\u601Duote;\u6019\u0200lnpu\u021E\u0228\u0247\u0255on\u0100;e\u0225\u0226\u6237;\u6A74\u0180git\u022F\u0236\u023Aruent;\u6261nt;\u622FourIntegral;\u622E\u0100fr\u024C\u024E;\u6102oduct;\u6210nterClockwiseContourIntegral;\u6233oss;\u6A2Fcr;\uC000\u{1D49E}p\u0100;C\u0284\u0285\u62D3ap;\u624D\u0580DJSZacefios\u02A0\u02AC\u02B0\u02B4\u02B8\u02CB\u02D7\u02E1\u02E6\u0333\u048D\u0100;o\u0179\u02A5trahd;\u6911cy;\u4402cy;\u4405cy;\u440F\u0180grs\u02BF\u02C4\u02C7ger;\u6021r;\u61A1hv;\u6AE4\u0100ay\u02D0\u02D5ron;\u410E;\u4414l\u0100;t\u02DD\u02DE\u6207a;\u4394r;\uC000\u{1D507}\u0100af\u02EB\u0327\u0100cm\u02F0\u0322ritical\u0200ADGT\u0300\u0306\u0316\u031Ccute;\u40B4o\u0174\u030B\u030D;\u42D9bleAcute;\u42DDrave;\u4060ilde;\u42DCond;\u62C4ferentialD;\u6146\u0470\u033D\0\0\0\u0342\u0354\0\u0405f;\uC000\u{1D53B}\u0180;DE\u0348\u0349\u034D\u40A8ot;\u60DCqual;\u6250ble\u0300CDLRUV\u0363\u0372\u0382\u03CF\u03E2\u03F8ontourIntegra\xEC\u0239o\u0274\u0379\0\0\u037B\xBB\u0349nArrow;\u61D3\u0100eo\u0387\u03A4ft\u0180ART\u0390\u0396\u03A1rrow;\u61D0ightArrow;\u61D4e\xE5\u02CAng\u0100LR\u03AB\u03C4eft\u0100AR\u03B3\u03B9rrow;\u67F8ightArrow;\u67FAightArrow;\u67F9ight\u0100AT\u03D8\u03DErrow;\u61D2ee;\u62A8p\u0241\u03E9\0\0\u03EFrrow;\u61D1ownArrow;\u61D5erticalBar;\u6225n\u0300ABLRTa\u0412\u042A\u0430\u045E\u047F\u037Crrow\u0180;BU\u041D\u041E\u0422\u6193ar;\u6913pArrow;\u61F5reve;\u4311eft\u02D2\u043A\0\u0446\0\u0450ightVector;\u6950eeVector;\u695Eector\u0100;B\u0459\u045A\u61BDar;\u6956ight\u01D4\u0467\0\u0471eeVector;\u695Fector\u0100;B\u047A\u047B\u61C1ar;\u6957ee\u0100;A\u0486\u0487\u62A4rrow;\u61A7\u0100ct\u0492\u0497r;\uC000\u{1D49F}rok;\u4110\u0800NTacdfglmopqstux\u04BD\u04C0\u04C4\u04CB\u04DE\u04E2\u04E7\u04EE\u04F5\u0521\u052F\u0536\u0552\u055D\u0560\u0565G;\u414AH\u803B\xD0\u40D0cute\u803B\xC9\u40C9\u0180aiy\u04D2\u04D7\u04DCron;\u411Arc\u803B\xCA\u40CA;\u442Dot;\u4116r;\uC000\u{1D508}rave\u803B\xC8\u40C8ement;\u6208\u0100ap\u04FA\u04FEcr;\u4112ty\u0253\u0506\0\0\u0512mallSquare;\u65FBerySmallSquare;\u65AB\u0100gp\u0526\u052Aon;\u4118f;\uC000\u{1D53C}silon;\u4395u\u0100ai\u053C\u0549l\u0100;T\u0542\u0543\u6A75ilde;\u6242librium;\u61CC\u0100ci\u0557\u055Ar;\u6130m;\u6A73a;\u4397ml\u803B\xCB\u40CB\u0100ip\u056A\u056Fsts;\u6203onentialE;\u6147\u0280cfios\u0585\u0588\u058D\u05B2\u05CCy;\u4424r;\uC000\u{1D509}lled\u0253\u0597\0\0\u05A3mallSquare;\u65FCerySmallSquare;\u65AA\u0370\u05BA\0\u05BF\0\0\u05C4f;\uC000\u{1D53D}All;\u6200riertrf;\u6131c\xF2\u05CB\u0600JTabcdfgorst\u05E8\u05EC\u05EF\u05FA\u0600\u0612\u0616\u061B\u061D\u0623\u066C\u0672cy;\u4403\u803B>\u403Emma\u0100;d\u05F7\u05F8\u4393;\u43DCreve;\u411E\u0180eiy\u0607\u060C\u0610dil;\u4122rc;\u411C;\u4413ot;\u4120r;\uC000\u{1D50A};\u62D9pf;\uC000\u{1D53E}eater\u0300EFGLST\u0635\u0644\u064E\u0656\u065B\u0666qual\u0100;L\u063E\u063F\u6265ess;\u62DBullEqual;\u6267reater;\u6AA2ess;\u6277lantEqual;\u6A7Eilde;\u6273cr;\uC000\u{1D4A2};\u626B\u0400Aacfiosu\u0685\u068B\u0696\u069B\u069E\u06AA\u06BE\u06CARDcy;\u442A\u0100ct\u0690\u0694ek;\u42C7;\u405Eirc;\u4124r;\u610ClbertSpace;\u610B\u01F0\u06AF\0\u06B2f;\u610DizontalLine;\u6500\u0100ct\u06C3\u06C5\xF2\u06A9rok;\u4126mp\u0144\u06D0\u06D8ownHum\xF0\u012Fqual;\u624F\u0700EJOacdfgmnostu\u06FA\u06FE\u0703\u0707\u070E\u071A\u071E\u0721\u0728\u0744\u0778\u078B\u078F\u0795cy;\u4415lig;\u4132cy;\u4401cute\u803B\xCD\u40CD\u0100iy\u0713\u0718rc\u803B\xCE\u40CE;\u4418ot;\u4130r;\u6111rave\u803B\xCC\u40CC\u0180;ap\u0720\u072F\u073F\u0100cg\u0734\u0737r;\u412AinaryI;\u6148lie\xF3\u03DD\u01F4\u0749\0\u0762\u0100;e\u074D\u074E\u622C\u0100gr\u0753\u0758ral;\u622Bsection;\u62C2isible\u0100CT\u076C\u0772omma;\u6063imes;\u6062\u0180gpt\u077F\u0783\u0788on;\u412Ef;\uC000\u{1D540}a;\u4399cr;\u6110ilde;\u4128\u01EB\u079A\0\u079Ecy;\u4406l\u803B\xCF\u40CF\u0280cfosu\u07AC\u07B7\u07BC\u07C2\u07D0\u0100iy\u07B1\u07B5rc;\u4134;\u4419r;\uC000\u{1D50D}pf;\uC000\u{1D541}\u01E3\u07C7\0\u07CCr;\uC000\u{1D4A5}rcy;\u4408kcy;\u4404\u0380HJacfos\u07E4\u07E8\u07EC\u07F1\u07FD\u0802\u0808cy;\u4425cy;\u440Cppa;\u439A\u0100ey\u07F6\u07FBdil;\u4136;\u441Ar;\uC000\u{1D50E}pf;\uC000\u{1D542}cr;\uC000\u{1D4A6}\u0580JTaceflmost\u0825\u0829\u082C\u0850\u0863\u09B3\u09B8\u09C7\u09CD\u0A37\u0A47cy;\u4409\u803B<\u403C\u0280cmnpr\u0837\u083C\u0841\u0844\u084Dute;\u4139bda;\u439Bg;\u67EAlacetrf;\u6112r;\u619E\u0180aey\u0857\u085C\u0861ron;\u413Ddil;\u413B;\u441B\u0100fs\u0868\u0970t\u0500ACDFRTUVar\u087E\u08A9\u08B1\u08E0\u08E6\u08FC\u092F\u095B\u0390\u096A\u0100nr\u0883\u088FgleBracket;\u67E8row\u0180;BR\u0899\u089A\u089E\u6190ar;\u61E4ightArrow;\u61C6eiling;\u6308o\u01F5\u08B7\0\u08C3bleBracket;\u67E6n\u01D4\u08C8\0\u08D2eeVector;\u6961ector\u0100;B\u08DB\u08DC\u61C3ar;\u6959loor;\u630Aight\u0100AV\u08EF\u08F5rrow;\u6194ector;\u694E\u0100er\u0901\u0917e\u0180;AV\u0909\u090A\u0910\u62A3rrow;\u61A4ector;\u695Aiangle\u0180;BE\u0924\u0925\u0929\u62B2ar;\u69CFqual;\u62B4p\u0180DTV\u0937\u0942\u094CownVector;\u6951eeVector;\u6960ector\u0100;B\u0956\u0957\u61BFar;\u6958ector\u0100;B\u0965\u0966\u61BCar;\u6952ight\xE1\u039Cs\u0300EFGLST\u097E\u098B\u0995\u099D\u09A2\u09ADqualGreater;\u62DAullEqual;\u6266reater;\u6276ess;\u6AA1lantEqual;\u6A7Dilde;\u6272r;\uC000\u{1D50F}\u0100;e\u09BD\u09BE\u62D8ftarrow;\u61DAidot;\u413F\u0180npw\u09D4\u0A16\u0A1Bg\u0200LRlr\u09DE\u09F7\u0A02\u0A10eft\u0100AR\u09E6\u09ECrrow;\u67F5ightArrow;\u67F7ightArrow;\u67F6eft\u0100ar\u03B3\u0A0Aight\xE1\u03BFight\xE1\u03CAf;\uC000\u{1D543}er\u0100LR\u0A22\u0A2CeftArrow;\u6199ightArrow;\u6198\u0180cht\u0A3E\u0A40\u0A42\xF2\u084C;\u61B0rok;\u4141;\u626A\u0400acefiosu\u0A5A\u0A5D\u0A60\u0A77\u0A7C\u0A85\u0A8B\u0A8Ep;\u6905y;\u441C\u0100dl\u0A65\u0A6FiumSpace;\u605Flintrf;\u6133r;\uC000\u{1D510}nusPlus;\u6213pf;\uC000\u{1D544}c\xF2\u0A76;\u439C\u0480Jacefostu\u0AA3\u0AA7\u0AAD\u0AC0\u0B14\u0B19\u0D91\u0D97\u0D9Ecy;\u440Acute;\u4143\u0180aey\u0AB4\u0AB9\u0ABEron;\u4147dil;\u4145;\u441D\u0180gsw\u0AC7\u0AF0\u0B0Eative\u0180MTV\u0AD3\u0ADF\u0AE8ediumSpace;\u600Bhi\u0100cn\u0AE6\u0AD8\xEB\u0AD9eryThi\xEE\u0AD9ted\u0100GL\u0AF8\u0B06reaterGreate\xF2\u0673essLes\xF3\u0A48Line;\u400Ar;\uC000\u{1D511}\u0200Bnpt\u0B22\u0B28\u0B37\u0B3Areak;\u6060BreakingSpace;\u40A0f;\u6115\u0680;CDEGHLNPRSTV\u0B55\u0B56\u0B6A\u0B7C\u0BA1\u0BEB\u0C04\u0C5E\u0C84\u0CA6\u0CD8\u0D61\u0D85\u6AEC\u0100ou\u0B5B\u0B64ngruent;\u6262pCap;\u626DoubleVerticalBar;\u6226\u0180lqx\u0B83\u0B8A\u0B9Bement;\u6209ual\u0100;T\u0B92\u0B93\u6260ilde;\uC000\u2242\u0338ists;\u6204reater\u0380;EFGLST\u0BB6\u0BB7\u0BBD\u0BC9\u0BD3\u0BD8\u0BE5\u626Fqual;\u6271ullEqual;\uC000\u2267\u0338reater;\uC000\u226B\u0338ess;\u6279lantEqual;\uC000\u2A7E\u0338ilde;\u6275ump\u0144\u0BF2\u0BFDownHump;\uC000\u224E\u0338qual;\uC000\u224F\u0338e\u0100fs\u0C0A\u0C27tTriangle\u0180;BE\u0C1A\u0C1B\u0C21\u62EAar;\uC000\u29CF\u0338qual;\u62ECs\u0300;EGLST\u0C35\u0C36\u0C3C\u0C44\u0C4B\u0C58\u626Equal;\u6270reater;\u6278ess;\uC000\u226A\u0338lantEqual;\uC000\u2A7D\u0338ilde;\u6274ested\u0100GL\u0C68\u0C79reaterGreater;\uC000\u2AA2\u0338essLess;\uC000\u2AA1\u0338recedes\u0180;ES\u0C92\u0C93\u0C9B\u6280qual;\uC000\u2AAF\u0338lantEqual;\u62E0\u0100ei\u0CAB\u0CB9verseElement;\u620CghtTriangle\u0180;BE\u0CCB\u0CCC\u0CD2\u62EBar;\uC000\u29D0\u0338qual;\u62ED\u0100qu\u0CDD\u0D0CuareSu\u0100bp\u0CE8\u0CF9set\u0100;E\u0CF0\u0CF3\uC000\u228F\u0338qual;\u62E2erset\u0100;E\u0D03\u0D06\uC000\u2290\u0338qual;\u62E3\u0180bcp\u0D13\u0D24\u0D4Eset\u0100;E\u0D1B\u0D1E\uC000\u2282\u20D2qual;\u6288ceeds\u0200;EST\u0D32\u0D33\u0D3B\u0D46\u6281qual;\uC000\u2AB0\u0338lantEqual;\u62E1ilde;\uC000\u227F\u0338erset\u0100;E\u0D58\u0D5B\uC000\u2283\u20D2qual;\u6289ilde\u0200;EFT\u0D6E\u0D6F\u0D75\u0D7F\u6241qual;\u6244ullEqual;\u6247ilde;\u6249erticalBar;\u6224cr;\uC000\u{1D4A9}ilde\u803B\xD1\u40D1;\u439D\u0700Eacdfgmoprstuv\u0DBD\u0DC2\u0DC9\u0DD5\u0DDB\u0DE0\u0DE7\u0DFC\u0E02\u0E20\u0E22\u0E32\u0E3F\u0E44lig;\u4152cute\u803B\xD3\u40D3\u0100iy\u0DCE\u0DD3rc\u803B\xD4\u40D4;\u441Eblac;\u4150r;\uC000\u{1D512}rave\u803B\xD2\u40D2\u0180aei\u0DEE\u0DF2\u0DF6cr;\u414Cga;\u43A9cron;\u439Fpf;\uC000\u{1D546}enCurly\u0100DQ\u0E0E\u0E1AoubleQuote;\u601Cuote;\u6018;\u6A54\u0100cl\u0E27\u0E2Cr;\uC000\u{1D4AA}ash\u803B\xD8\u40D8i\u016C\u0E37\u0E3Cde\u803B\xD5\u40D5es;\u6A37ml\u803B\xD6\u40D6er\u0100BP\u0E4B\u0E60\u0100ar\u0E50\u0E53r;\u603Eac\u0100ek\u0E5A\u0E5C;\u63DEet;\u63B4arenthesis;\u63DC\u0480acfhilors\u0E7F\u0E87\u0E8A\u0E8F\u0E92\u0E94\u0E9D\u0EB0\u0EFCrtialD;\u6202y;\u441Fr;\uC000\u{1D513}i;\u43A6;\u43A0usMinus;\u40B1\u0100ip\u0EA2\u0EADncareplan\xE5\u069Df;\u6119\u0200;eio\u0EB9\u0EBA\u0EE0\u0EE4\u6ABBcedes\u0200;EST\u0EC8\u0EC9\u0ECF\u0EDA\u627Aqual;\u6AAFlantEqual;\u627Cilde;\u627Eme;\u6033\u0100dp\u0EE9\u0EEEuct;\u620Fortion\u0100;a\u0225\u0EF9l;\u621D\u0100ci\u0F01\u0F06r;\uC000\u{1D4AB};\u43A8\u0200Ufos\u0F11\u0F16\u0F1B\u0F1FOT\u803B"\u4022r;\uC000\u{1D514}pf;\u611Acr;\uC000\u{1D4AC}\u0600BEacefhiorsu\u0F3E\u0F43\u0F47\u0F60\u0F73\u0FA7\u0FAA\u0FAD\u1096\u10A9\u10B4\u10BEarr;\u6910G\u803B\xAE\u40AE\u0180cnr\u0F4E\u0F53\u0F56ute;\u4154g;\u67EBr\u0100;t\u0F5C\u0F5D\u61A0l;\u6916\u0180aey\u0F67\u0F6C\u0F71ron;\u4158dil;\u4156;\u4420\u0100;v\u0F78\u0F79\u611Cerse\u0100EU\u0F82\u0F99\u0100lq\u0F87\u0F8Eement;\u620Builibrium;\u61CBpEquilibrium;\u696Fr\xBB\u0F79o;\u43A1ght\u0400ACDFTUVa\u0FC1\u0FEB\u0FF3\u1022\u1028\u105B\u1087\u03D8\u0100nr\u0FC6\u0FD2gleBracket;\u67E9row\u0180;BL\u0FDC\u0FDD\u0FE1\u6192ar;\u61E5eftArrow;\u61C4eiling;\u6309o\u01F5\u0FF9\0\u1005bleBracket;\u67E7n\u01D4\u100A\0\u1014eeVector;\u695Dector\u0100;B\u101D\u101E\u61C2ar;\u6955loor;\u630B\u0100er\u102D\u1043e\u0180;AV\u1035\u1036\u103C\u62A2rrow;\u61A6ector;\u695Biangle\u0180;BE\u1050\u1051\u1055\u62B3ar;\u69D0qual;\u62B5p\u0180DTV\u1063\u106E\u1078ownVector;\u694FeeVector;\u695Cector\u0100;B\u1082\u1083\u61BEar;\u6954ector\u0100;B\u1091\u1092\u61C0ar;\u6953\u0100pu\u109B\u109Ef;\u611DndImplies;\u6970ightarrow;\u61DB\u0100ch\u10B9\u10BCr;\u611B;\u61B1leDelayed;\u69F4\u0680HOacfhimoqstu\u10E4\u10F1\u10F7\u10FD\u1119\u111E\u1151\u1156\u1161\u1167\u11B5\u11BB\u11BF\u0100Cc\u10E9\u10EEHcy;\u4429y;\u4428FTcy;\u442Ccute;\u415A\u0280;aeiy\u1108\u1109\u110E\u1113\u1117\u6ABCron;\u4160dil;\u415Erc;\u415C;\u4421r;\uC000\u{1D516}ort\u0200DLRU\u112A\u1134\u113E\u1149ownArrow\xBB\u041EeftArrow\xBB\u089AightArrow\xBB\u0FDDpArrow;\u6191gma;\u43A3allCircle;\u6218pf;\uC000\u{1D54A}\u0272\u116D\0\0\u1170t;\u621Aare\u0200;ISU\u117B\u117C\u1189\u11AF\u65A1ntersection;\u6293u\u0100bp\u118F\u119Eset\u0100;E\u1197\u1198\u628Fqual;\u6291erset\u0100;E\u11A8\u11A9\u6290qual;\u6292nion;\u6294cr;\uC000\u{1D4AE}ar;\u62C6\u0200bcmp\u11C8\u11DB\u1209\u120B\u0100;s\u11CD\u11CE\u62D0et\u0100;E\u11CD\u11D5qual;\u6286\u0100ch\u11E0\u1205eeds\u0200;EST\u11ED\u11EE\u11F4\u11FF\u627Bqual;\u6AB0lantEqual;\u627Dilde;\u627FTh\xE1\u0F8C;\u6211\u0180;es\u1212\u1213\u1223\u62D1rset\u0100;E\u121C\u121D\u6283qual;\u6287et\xBB\u1213\u0580HRSacfhiors\u123E\u1244\u1249\u1255\u125E\u1271\u1276\u129F\u12C2\u12C8\u12D1ORN\u803B\xDE\u40DEADE;\u6122\u0100Hc\u124E\u1252cy;\u440By;\u4426\u0100bu\u125A\u125C;\u4009;\u43A4\u0180aey\u1265\u126A\u126Fron;\u4164dil;\u4162;\u4422r;\uC000\u{1D517}\u0100ei\u127B\u1289\u01F2\u1280\0\u1287efore;\u6234a;\u4398\u0100cn\u128E\u1298kSpace;\uC000\u205F\u200ASpace;\u6009lde\u0200;EFT\u12AB\u12AC\u12B2\u12BC\u623Cqual;\u6243ullEqual;\u6245ilde;\u6248pf;\uC000\u{1D54B}ipleDot;\u60DB\u0100ct\u12D6\u12DBr;\uC000\u{1D4AF}rok;\u4166\u0AE1\u12F7\u130E\u131A\u1326\0\u132C\u1331\0\0\0\0\0\u1338\u133D\u1377\u1385\0\u13FF\u1404\u140A\u1410\u0100cr\u12FB\u1301ute\u803B\xDA\u40DAr\u0100;o\u1307\u1308\u619Fcir;\u6949r\u01E3\u1313\0\u1316y;\u440Eve;\u416C\u0100iy\u131E\u1323rc\u803B\xDB\u40DB;\u4423blac;\u4170r;\uC000\u{1D518}rave\u803B\xD9\u40D9acr;\u416A\u0100di\u1341\u1369er\u0100BP\u1348\u135D\u0100ar\u134D\u1350r;\u405Fac\u0100ek\u1357\u1359;\u63DFet;\u63B5arenthesis;\u63DDon\u0100;P\u1370\u1371\u62C3lus;\u628E\u0100gp\u137B\u137Fon;\u4172f;\uC000\u{1D54C}\u0400ADETadps\u1395\u13AE\u13B8\u13C4\u03E8\u13D2\u13D7\u13F3rrow\u0180;BD\u1150\u13A0\u13A4ar;\u6912ownArrow;\u61C5ownArrow;\u6195quilibrium;\u696Eee\u0100;A\u13CB\u13CC\u62A5rrow;\u61A5own\xE1\u03F3er\u0100LR\u13DE\u13E8eftArrow;\u6196ightArrow;\u6197i\u0100;l\u13F9\u13FA\u43D2on;\u43A5ing;\u416Ecr;\uC000\u{1D4B0}ilde;\u4168ml\u803B\xDC\u40DC\u0480Dbcdefosv\u1427\u142C\u1430\u1433\u143E\u1485\u148A\u1490\u1496ash;\u62ABar;\u6AEBy;\u4412ash\u0100;l\u143B\u143C\u62A9;\u6AE6\u0100er\u1443\u1445;\u62C1\u0180bty\u144C\u1450\u147Aar;\u6016\u0100;i\u144F\u1455cal\u0200BLST\u1461\u1465\u146A\u1474ar;\u6223ine;\u407Ceparator;\u6758ilde;\u6240ThinSpace;\u600Ar;\uC000\u{1D519}pf;\uC000\u{1D54D}cr;\uC000\u{1D4B1}dash;\u62AA\u0280cefos\u14A7\u14AC\u14B1\u14B6\u14BCirc;\u4174dge;\u62C0r;\uC000\u{1D51A}pf;\uC000\u{1D54E}cr;\uC000\u{1D4B2}\u0200fios\u14CB\u14D0\u14D2\u14D8r;\uC000\u{1D51B};\u439Epf;\uC000\u{1D54F}cr;\uC000\u{1D4B3}\u0480AIUacfosu\u14F1\u14F5\u14F9\u14FD\u1504\u150F\u1514\u151A\u1520cy;\u442Fcy;\u4407cy;\u442Ecute\u803B\xDD\u40DD\u0100iy\u1509\u150Drc;\u4176;\u442Br;\uC000\u{1D51C}pf;\uC000\u{1D550}cr;\uC000\u{1D4B4}ml;\u4178\u0400Hacdefos\u1535\u1539\u153F\u154B\u154F\u155D\u1560\u1564cy;\u4416cute;\u4179\u0100ay\u1544\u1549ron;\u417D;\u4417ot;\u417B\u01F2\u1554\0\u155BoWidt\xE8\u0AD9a;\u4396r;\u6128pf;\u6124cr;\uC000\u{1D4B5}\u0BE1\u1583\u158A\u1590\0\u15B0\u15B6\u15BF\0\0\0\0\u15C6\u15DB\u15EB\u165F\u166D\0\u1695\u169B\u16B2\u16B9\0\u16BEcute\u803B\xE1\u40E1reve;\u4103\u0300;Ediuy\u159C\u159D\u15A1\u15A3\u15A8\u15AD\u623E;\uC000\u223E\u0333;\u623Frc\u803B\xE2\u40E2te\u80BB\xB4\u0306;\u4430lig\u803B\xE6\u40E6\u0100;r\xB2\u15BA;\uC000\u{1D51E}rave\u803B\xE0\u40E0\u0100ep\u15CA\u15D6\u0100fp\u15CF\u15D4sym;\u6135\xE8\u15D3ha;\u43B1\u0100ap\u15DFc\u0100cl\u15E4\u15E7r;\u4101g;\u6A3F\u0264\u15F0\0\0\u160A\u0280;adsv\u15FA\u15FB\u15FF\u1601\u1607\u6227nd;\u6A55;\u6A5Clope;\u6A58;\u6A5A\u0380;elmrsz\u1618\u1619\u161B\u161E\u163F\u164F\u1659\u6220;\u69A4e\xBB\u1619sd\u0100;a\u1625\u1626\u6221\u0461\u1630\u1632\u1634\u1636\u1638\u163A\u163C\u163E;\u69A8;\u69A9;\u69AA;\u69AB;\u69AC;\u69AD;\u69AE;\u69AFt\u0100;v\u1645\u1646\u621Fb\u0100;d\u164C\u164D\u62BE;\u699D\u0100pt\u1654\u1657h;\u6222\xBB\xB9arr;\u637C\u0100gp\u1663\u1667on;\u4105f;\uC000\u{1D552}\u0380;Eaeiop\u12C1\u167B\u167D\u1682\u1684\u1687\u168A;\u6A70cir;\u6A6F;\u624Ad;\u624Bs;\u4027rox\u0100;e\u12C1\u1692\xF1\u1683ing\u803B\xE5\u40E5\u0180cty\u16A1\u16A6\u16A8r;\uC000\u{1D4B6};\u402Amp\u0100;e\u12C1\u16AF\xF1\u0288ilde\u803B\xE3\u40E3ml\u803B\xE4\u40E4\u0100ci\u16C2\u16C8onin\xF4\u0272nt;\u6A11\u0800Nabcdefiklnoprsu\u16ED\u16F1\u1730\u173C\u1743\u1748\u1778\u177D\u17E0\u17E6\u1839\u1850\u170D\u193D\u1948\u1970ot;\u6AED\u0100cr\u16F6\u171Ek\u0200ceps\u1700\u1705\u170D\u1713ong;\u624Cpsilon;\u43F6rime;\u6035im\u0100;e\u171A\u171B\u623Dq;\u62CD\u0176\u1722\u1726ee;\u62BDed\u0100;g\u172C\u172D\u6305e\xBB\u172Drk\u0100;t\u135C\u1737brk;\u63B6\u0100oy\u1701\u1741;\u4431quo;\u601E\u0280cmprt\u1753\u175B\u1761\u1764\u1768aus\u0100;e\u010A\u0109ptyv;\u69B0s\xE9\u170Cno\xF5\u0113\u0180ahw\u176F\u1771\u1773;\u43B2;\u6136een;\u626Cr;\uC000\u{1D51F}g\u0380costuvw\u178D\u179D\u17B3\u17C1\u17D5\u17DB\u17DE\u0180aiu\u1794\u1796\u179A\xF0\u0760rc;\u65EFp\xBB\u1371\u0180dpt\u17A4\u17A8\u17ADot;\u6A00lus;\u6A01imes;\u6A02\u0271\u17B9\0\0\u17BEcup;\u6A06ar;\u6605riangle\u0100du\u17CD\u17D2own;\u65BDp;\u65B3plus;\u6A04e\xE5\u1444\xE5\u14ADarow;\u690D\u0180ako\u17ED\u1826\u1835\u0100cn\u17F2\u1823k\u0180lst\u17FA\u05AB\u1802ozenge;\u69EBriangle\u0200;dlr\u1812\u1813\u1818\u181D\u65B4own;\u65BEeft;\u65C2ight;\u65B8k;\u6423\u01B1\u182B\0\u1833\u01B2\u182F\0\u1831;\u6592;\u65914;\u6593ck;\u6588\u0100eo\u183E\u184D\u0100;q\u1843\u1846\uC000=\u20E5uiv;\uC000\u2261\u20E5t;\u6310\u0200ptwx\u1859\u185E\u1867\u186Cf;\uC000\u{1D553}\u0100;t\u13CB\u1863om\xBB\u13CCtie;\u62C8\u0600DHUVbdhmptuv\u1885\u1896\u18AA\u18BB\u18D7\u18DB\u18EC\u18FF\u1905\u190A\u1910\u1921\u0200LRlr\u188E\u1890\u1892\u1894;\u6557;\u6554;\u6556;\u6553\u0280;DUdu\u18A1\u18A2\u18A4\u18A6\u18A8\u6550;\u6566;\u6569;\u6564;\u6567\u0200LRlr\u18B3\u18B5\u18B7\u18B9;\u655D;\u655A;\u655C;\u6559\u0380;HLRhlr\u18CA\u18CB\u18CD\u18CF\u18D1\u18D3\u18D5\u6551;\u656C;\u6563;\u6560;\u656B;\u6562;\u655Fox;\u69C9\u0200LRlr\u18E4\u18E6\u18E8\u18EA;\u6555;\u6552;\u6510;\u650C\u0280;DUdu\u06BD\u18F7\u18F9\u18FB\u18FD;\u6565;\u6568;\u652C;\u6534inus;\u629Flus;\u629Eimes;\u62A0\u0200LRlr\u1919\u191B\u191D\u191F;\u655B;\u6558;\u6518;\u6514\u0380;HLRhlr\u1930\u1931\u1933\u1935\u1937\u1939\u193B\u6502;\u656A;\u6561;\u655E;\u653C;\u6524;\u651C\u0100ev\u0123\u1942bar\u803B\xA6\u40A6\u0200ceio\u1951\u1956\u195A\u1960r;\uC000\u{1D4B7}mi;\u604Fm\u0100;e\u171A\u171Cl\u0180;bh\u1968\u1969\u196B\u405C;\u69C5sub;\u67C8\u016C\u1974\u197El\u0100;e\u1979\u197A\u6022t\xBB\u197Ap\u0180;Ee\u012F\u1985\u1987;\u6AAE\u0100;q\u06DC\u06DB\u0CE1\u19A7\0\u19E8\u1A11\u1A15\u1A32\0\u1A37\u1A50\0\0\u1AB4\0\0\u1AC1\0\0\u1B21\u1B2E\u1B4D\u1B52\0\u1BFD\0\u1C0C\u0180cpr\u19AD\u19B2\u19DDute;\u4107\u0300;abcds\u19BF\u19C0\u19C4\u19CA\u19D5\u19D9\u6229nd;\u6A44rcup;\u6A49\u0100au\u19CF\u19D2p;\u6A4Bp;\u6A47ot;\u6A40;\uC000\u2229\uFE00\u0100eo\u19E2\u19E5t;\u6041\xEE\u0693\u0200aeiu\u19F0\u19FB\u1A01\u1A05\u01F0\u19F5\0\u19F8s;\u6A4Don;\u410Ddil\u803B\xE7\u40E7rc;\u4109ps\u0100;s\u1A0C\u1A0D\u6A4Cm;\u6A50ot;\u410B\u0180dmn\u1A1B\u1A20\u1A26il\u80BB\xB8\u01ADptyv;\u69B2t\u8100\xA2;e\u1A2D\u1A2E\u40A2r\xE4\u01B2r;\uC000\u{1D520}\u0180cei\u1A3D\u1A40\u1A4Dy;\u4447ck\u0100;m\u1A47\u1A48\u6713ark\xBB\u1A48;\u43C7r\u0380;Ecefms\u1A5F\u1A60\u1A62\u1A6B\u1AA4\u1AAA\u1AAE\u65CB;\u69C3\u0180;el\u1A69\u1A6A\u1A6D\u42C6q;\u6257e\u0261\u1A74\0\0\u1A88rrow\u0100lr\u1A7C\u1A81eft;\u61BAight;\u61BB\u0280RSacd\u1A92\u1A94\u1A96\u1A9A\u1A9F\xBB\u0F47;\u64C8st;\u629Birc;\u629Aash;\u629Dnint;\u6A10id;\u6AEFcir;\u69C2ubs\u0100;u\u1ABB\u1ABC\u6663it\xBB\u1ABC\u02EC\u1AC7\u1AD4\u1AFA\0\u1B0Aon\u0100;e\u1ACD\u1ACE\u403A\u0100;q\xC7\xC6\u026D\u1AD9\0\0\u1AE2a\u0100;t\u1ADE\u1ADF\u402C;\u4040\u0180;fl\u1AE8\u1AE9\u1AEB\u6201\xEE\u1160e\u0100mx\u1AF1\u1AF6ent\xBB\u1AE9e\xF3\u024D\u01E7\u1AFE\0\u1B07\u0100;d\u12BB\u1B02ot;\u6A6Dn\xF4\u0246\u0180fry\u1B10\u1B14\u1B17;\uC000\u{1D554}o\xE4\u0254\u8100\xA9;s\u0155\u1B1Dr;\u6117\u0100ao\u1B25\u1B29rr;\u61B5ss;\u6717\u0100cu\u1B32\u1B37r;\uC000\u{1D4B8}\u0100bp\u1B3C\u1B44\u0100;e\u1B41\u1B42\u6ACF;\u6AD1\u0100;e\u1B49\u1B4A\u6AD0;\u6AD2dot;\u62EF\u0380delprvw\u1B60\u1B6C\u1B77\u1B82\u1BAC\u1BD4\u1BF9arr\u0100lr\u1B68\u1B6A;\u6938;\u6935\u0270\u1B72\0\0\u1B75r;\u62DEc;\u62DFarr\u0100;p\u1B7F\u1B80\u61B6;\u693D\u0300;bcdos\u1B8F\u1B90\u1B96\u1BA1\u1BA5\u1BA8\u622Arcap;\u6A48\u0100au\u1B9B\u1B9Ep;\u6A46p;\u6A4Aot;\u628Dr;\u6A45;\uC000\u222A\uFE00\u0200alrv\u1BB5\u1BBF\u1BDE\u1BE3rr\u0100;m\u1BBC\u1BBD\u61B7;\u693Cy\u0180evw\u1BC7\u1BD4\u1BD8q\u0270\u1BCE\0\0\u1BD2re\xE3\u1B73u\xE3\u1B75ee;\u62CEedge;\u62CFen\u803B\xA4\u40A4earrow\u0100lr\u1BEE\u1BF3eft\xBB\u1B80ight\xBB\u1BBDe\xE4\u1BDD\u0100ci\u1C01\u1C07onin\xF4\u01F7nt;\u6231lcty;\u632D\u0980AHabcdefhijlorstuwz\u1C38\u1C3B\u1C3F\u1C5D\u1C69\u1C75\u1C8A\u1C9E\u1CAC\u1CB7\u1CFB\u1CFF\u1D0D\u1D7B\u1D91\u1DAB\u1DBB\u1DC6\u1DCDr\xF2\u0381ar;\u6965\u0200glrs\u1C48\u1C4D\u1C52\u1C54ger;\u6020eth;\u6138\xF2\u1133h\u0100;v\u1C5A\u1C5B\u6010\xBB\u090A\u016B\u1C61\u1C67arow;\u690Fa\xE3\u0315\u0100ay\u1C6E\u1C73ron;\u410F;\u4434\u0180;ao\u0332\u1C7C\u1C84\u0100gr\u02BF\u1C81r;\u61CAtseq;\u6A77\u0180glm\u1C91\u1C94\u1C98\u803B\xB0\u40B0ta;\u43B4ptyv;\u69B1\u0100ir\u1CA3\u1CA8sht;\u697F;\uC000\u{1D521}ar\u0100lr\u1CB3\u1CB5\xBB\u08DC\xBB\u101E\u0280aegsv\u1CC2\u0378\u1CD6\u1CDC\u1CE0m\u0180;os\u0326\u1CCA\u1CD4nd\u0100;s\u0326\u1CD1uit;\u6666amma;\u43DDin;\u62F2\u0180;io\u1CE7\u1CE8\u1CF8\u40F7de\u8100\xF7;o\u1CE7\u1CF0ntimes;\u62C7n\xF8\u1CF7cy;\u4452c\u026F\u1D06\0\0\u1D0Arn;\u631Eop;\u630D\u0280lptuw\u1D18\u1D1D\u1D22\u1D49\u1D55lar;\u4024f;\uC000\u{1D555}\u0280;emps\u030B\u1D2D\u1D37\u1D3D\u1D42q\u0100;d\u0352\u1D33ot;\u6251inus;\u6238lus;\u6214quare;\u62A1blebarwedg\xE5\xFAn\u0180adh\u112E\u1D5D\u1D67ownarrow\xF3\u1C83arpoon\u0100lr\u1D72\u1D76ef\xF4\u1CB4igh\xF4\u1CB6\u0162\u1D7F\u1D85karo\xF7\u0F42\u026F\u1D8A\0\0\u1D8Ern;\u631Fop;\u630C\u0180cot\u1D98\u1DA3\u1DA6\u0100ry\u1D9D\u1DA1;\uC000\u{1D4B9};\u4455l;\u69F6rok;\u4111\u0100dr\u1DB0\u1DB4ot;\u62F1i\u0100;f\u1DBA\u1816\u65BF\u0100ah\u1DC0\u1DC3r\xF2\u0429a\xF2\u0FA6angle;\u69A6\u0100ci\u1DD2\u1DD5y;\u445Fgrarr;\u67FF\u0900Dacdefglmnopqrstux\u1E01\u1E09\u1E19\u1E38\u0578\u1E3C\u1E49\u1E61\u1E7E\u1EA5\u1EAF\u1EBD\u1EE1\u1F2A\u1F37\u1F44\u1F4E\u1F5A\u0100Do\u1E06\u1D34o\xF4\u1C89\u0100cs\u1E0E\u1E14ute\u803B\xE9\u40E9ter;\u6A6E\u0200aioy\u1E22\u1E27\u1E31\u1E36ron;\u411Br\u0100;c\u1E2D\u1E2E\u6256\u803B\xEA\u40EAlon;\u6255;\u444Dot;\u4117\u0100Dr\u1E41\u1E45ot;\u6252;\uC000\u{1D522}\u0180;rs\u1E50\u1E51\u1E57\u6A9Aave\u803B\xE8\u40E8\u0100;d\u1E5C\u1E5D\u6A96ot;\u6A98\u0200;ils\u1E6A\u1E6B\u1E72\u1E74\u6A99nters;\u63E7;\u6113\u0100;d\u1E79\u1E7A\u6A95ot;\u6A97\u0180aps\u1E85\u1E89\u1E97cr;\u4113ty\u0180;sv\u1E92\u1E93\u1E95\u6205et\xBB\u1E93p\u01001;\u1E9D\u1EA4\u0133\u1EA1\u1EA3;\u6004;\u6005\u6003\u0100gs\u1EAA\u1EAC;\u414Bp;\u6002\u0100gp\u1EB4\u1EB8on;\u4119f;\uC000\u{1D556}\u0180als\u1EC4\u1ECE\u1ED2r\u0100;s\u1ECA\u1ECB\u62D5l;\u69E3us;\u6A71i\u0180;lv\u1EDA\u1EDB\u1EDF\u43B5on\xBB\u1EDB;\u43F5\u0200csuv\u1EEA\u1EF3\u1F0B\u1F23\u0100io\u1EEF\u1E31rc\xBB\u1E2E\u0269\u1EF9\0\0\u1EFB\xED\u0548ant\u0100gl\u1F02\u1F06tr\xBB\u1E5Dess\xBB\u1E7A\u0180aei\u1F12\u1F16\u1F1Als;\u403Dst;\u625Fv\u0100;D\u0235\u1F20D;\u6A78parsl;\u69E5\u0100Da\u1F2F\u1F33ot;\u6253rr;\u6971\u0180cdi\u1F3E\u1F41\u1EF8r;\u612Fo\xF4\u0352\u0100ah\u1F49\u1F4B;\u43B7\u803B\xF0\u40F0\u0100mr\u1F53\u1F57l\u803B\xEB\u40EBo;\u60AC\u0180cip\u1F61\u1F64\u1F67l;\u4021s\xF4\u056E\u0100eo\u1F6C\u1F74ctatio\xEE\u0559nential\xE5\u0579\u09E1\u1F92\0\u1F9E\0\u1FA1\u1FA7\0\0\u1FC6\u1FCC\0\u1FD3\0\u1FE6\u1FEA\u2000\0\u2008\u205Allingdotse\xF1\u1E44y;\u4444male;\u6640\u0180ilr\u1FAD\u1FB3\u1FC1lig;\u8000\uFB03\u0269\u1FB9\0\0\u1FBDg;\u8000\uFB00ig;\u8000\uFB04;\uC000\u{1D523}lig;\u8000\uFB01lig;\uC000fj\u0180alt\u1FD9\u1FDC\u1FE1t;\u666Dig;\u8000\uFB02ns;\u65B1of;\u4192\u01F0\u1FEE\0\u1FF3f;\uC000\u{1D557}\u0100ak\u05BF\u1FF7\u0100;v\u1FFC\u1FFD\u62D4;\u6AD9artint;\u6A0D\u0100ao\u200C\u2055\u0100cs\u2011\u2052\u03B1\u201A\u2030\u2038\u2045\u2048\0\u2050\u03B2\u2022\u2025\u2027\u202A\u202C\0\u202E\u803B\xBD\u40BD;\u6153\u803B\xBC\u40BC;\u6155;\u6159;\u615B\u01B3\u2034\0\u2036;\u6154;\u6156\u02B4\u203E\u2041\0\0\u2043\u803B\xBE\u40BE;\u6157;\u615C5;\u6158\u01B6\u204C\0\u204E;\u615A;\u615D8;\u615El;\u6044wn;\u6322cr;\uC000\u{1D4BB}\u0880Eabcdefgijlnorstv\u2082\u2089\u209F\u20A5\u20B0\u20B4\u20F0\u20F5\u20FA\u20FF\u2103\u2112\u2138\u0317\u213E\u2152\u219E\u0100;l\u064D\u2087;\u6A8C\u0180cmp\u2090\u2095\u209Dute;\u41F5ma\u0100;d\u209C\u1CDA\u43B3;\u6A86reve;\u411F\u0100iy\u20AA\u20AErc;\u411D;\u4433ot;\u4121\u0200;lqs\u063E\u0642\u20BD\u20C9\u0180;qs\u063E\u064C\u20C4lan\xF4\u0665\u0200;cdl\u0665\u20D2\u20D5\u20E5c;\u6AA9ot\u0100;o\u20DC\u20DD\u6A80\u0100;l\u20E2\u20E3\u6A82;\u6A84\u0100;e\u20EA\u20ED\uC000\u22DB\uFE00s;\u6A94r;\uC000\u{1D524}\u0100;g\u0673\u061Bmel;\u6137cy;\u4453\u0200;Eaj\u065A\u210C\u210E\u2110;\u6A92;\u6AA5;\u6AA4\u0200Eaes\u211B\u211D\u2129\u2134;\u6269p\u0100;p\u2123\u2124\u6A8Arox\xBB\u2124\u0100;q\u212E\u212F\u6A88\u0100;q\u212E\u211Bim;\u62E7pf;\uC000\u{1D558}\u0100ci\u2143\u2146r;\u610Am\u0180;el\u066B\u214E\u2150;\u6A8E;\u6A90\u8300>;cdlqr\u05EE\u2160\u216A\u216E\u2173\u2179\u0100ci\u2165\u2167;\u6AA7r;\u6A7Aot;\u62D7Par;\u6995uest;\u6A7C\u0280adels\u2184\u216A\u2190\u0656\u219B\u01F0\u2189\0\u218Epro\xF8\u209Er;\u6978q\u0100lq\u063F\u2196les\xF3\u2088i\xED\u066B\u0100en\u21A3\u21ADrtneqq;\uC000\u2269\uFE00\xC5\u21AA\u0500Aabcefkosy\u21C4\u21C7\u21F1\u21F5\u21FA\u2218\u221D\u222F\u2268\u227Dr\xF2\u03A0\u0200ilmr\u21D0\u21D4\u21D7\u21DBrs\xF0\u1484f\xBB\u2024il\xF4\u06A9\u0100dr\u21E0\u21E4cy;\u444A\u0180;cw\u08F4\u21EB\u21EFir;\u6948;\u61ADar;\u610Firc;\u4125\u0180alr\u2201\u220E\u2213rts\u0100;u\u2209\u220A\u6665it\xBB\u220Alip;\u6026con;\u62B9r;\uC000\u{1D525}s\u0100ew\u2223\u2229arow;\u6925arow;\u6926\u0280amopr\u223A\u223E\u2243\u225E\u2263rr;\u61FFtht;\u623Bk\u0100lr\u2249\u2253eftarrow;\u61A9ightarrow;\u61AAf;\uC000\u{1D559}bar;\u6015\u0180clt\u226F\u2274\u2278r;\uC000\u{1D4BD}as\xE8\u21F4rok;\u4127\u0100bp\u2282\u2287ull;\u6043hen\xBB\u1C5B\u0AE1\u22A3\0\u22AA\0\u22B8\u22C5\u22CE\0\u22D5\u22F3\0\0\u22F8\u2322\u2367\u2362\u237F\0\u2386\u23AA\u23B4cute\u803B\xED\u40ED\u0180;iy\u0771\u22B0\u22B5rc\u803B\xEE\u40EE;\u4438\u0100cx\u22BC\u22BFy;\u4435cl\u803B\xA1\u40A1\u0100fr\u039F\u22C9;\uC000\u{1D526}rave\u803B\xEC\u40EC\u0200;ino\u073E\u22DD\u22E9\u22EE\u0100in\u22E2\u22E6nt;\u6A0Ct;\u622Dfin;\u69DCta;\u6129lig;\u4133\u0180aop\u22FE\u231A\u231D\u0180cgt\u2305\u2308\u2317r;\u412B\u0180elp\u071F\u230F\u2313in\xE5\u078Ear\xF4\u0720h;\u4131f;\u62B7ed;\u41B5\u0280;cfot\u04F4\u232C\u2331\u233D\u2341are;\u6105in\u0100;t\u2338\u2339\u621Eie;\u69DDdo\xF4\u2319\u0280;celp\u0757\u234C\u2350\u235B\u2361al;\u62BA\u0100gr\u2355\u2359er\xF3\u1563\xE3\u234Darhk;\u6A17rod;\u6A3C\u0200cgpt\u236F\u2372\u2376\u237By;\u4451on;\u412Ff;\uC000\u{1D55A}a;\u43B9uest\u803B\xBF\u40BF\u0100ci\u238A\u238Fr;\uC000\u{1D4BE}n\u0280;Edsv\u04F4\u239B\u239D\u23A1\u04F3;\u62F9ot;\u62F5\u0100;v\u23A6\u23A7\u62F4;\u62F3\u0100;i\u0777\u23AElde;\u4129\u01EB\u23B8\0\u23BCcy;\u4456l\u803B\xEF\u40EF\u0300cfmosu\u23CC\u23D7\u23DC\u23E1\u23E7\u23F5\u0100iy\u23D1\u23D5rc;\u4135;\u4439r;\uC000\u{1D527}ath;\u4237pf;\uC000\u{1D55B}\u01E3\u23EC\0\u23F1r;\uC000\u{1D4BF}rcy;\u4458kcy;\u4454\u0400acfghjos\u240B\u2416\u2422\u2427\u242D\u2431\u2435\u243Bppa\u0100;v\u2413\u2414\u43BA;\u43F0\u0100ey\u241B\u2420dil;\u4137;\u443Ar;\uC000\u{1D528}reen;\u4138cy;\u4445cy;\u445Cpf;\uC000\u{1D55C}cr;\uC000\u{1D4C0}\u0B80ABEHabcdefghjlmnoprstuv\u2470\u2481\u2486\u248D\u2491\u250E\u253D\u255A\u2580\u264E\u265E\u2665\u2679\u267D\u269A\u26B2\u26D8\u275D\u2768\u278B\u27C0\u2801\u2812\u0180art\u2477\u247A\u247Cr\xF2\u09C6\xF2\u0395ail;\u691Barr;\u690E\u0100;g\u0994\u248B;\u6A8Bar;\u6962\u0963\u24A5\0\u24AA\0\u24B1\0\0\0\0\0\u24B5\u24BA\0\u24C6\u24C8\u24CD\0\u24F9ute;\u413Amptyv;\u69B4ra\xEE\u084Cbda;\u43BBg\u0180;dl\u088E\u24C1\u24C3;\u6991\xE5\u088E;\u6A85uo\u803B\xAB\u40ABr\u0400;bfhlpst\u0899\u24DE\u24E6\u24E9\u24EB\u24EE\u24F1\u24F5\u0100;f\u089D\u24E3s;\u691Fs;\u691D\xEB\u2252p;\u61ABl;\u6939im;\u6973l;\u61A2\u0180;ae\u24FF\u2500\u2504\u6AABil;\u6919\u0100;s\u2509\u250A\u6AAD;\uC000\u2AAD\uFE00\u0180abr\u2515\u2519\u251Drr;\u690Crk;\u6772\u0100ak\u2522\u252Cc\u0100ek\u2528\u252A;\u407B;\u405B\u0100es\u2531\u2533;\u698Bl\u0100du\u2539\u253B;\u698F;\u698D\u0200aeuy\u2546\u254B\u2556\u2558ron;\u413E\u0100di\u2550\u2554il;\u413C\xEC\u08B0\xE2\u2529;\u443B\u0200cqrs\u2563\u2566\u256D\u257Da;\u6936uo\u0100;r\u0E19\u1746\u0100du\u2572\u2577har;\u6967shar;\u694Bh;\u61B2\u0280;fgqs\u258B\u258C\u0989\u25F3\u25FF\u6264t\u0280ahlrt\u2598\u25A4\u25B7\u25C2\u25E8rrow\u0100;t\u0899\u25A1a\xE9\u24F6arpoon\u0100du\u25AF\u25B4own\xBB\u045Ap\xBB\u0966eftarrows;\u61C7ight\u0180ahs\u25CD\u25D6\u25DErrow\u0100;s\u08F4\u08A7arpoon\xF3\u0F98quigarro\xF7\u21F0hreetimes;\u62CB\u0180;qs\u258B\u0993\u25FAlan\xF4\u09AC\u0280;cdgs\u09AC\u260A\u260D\u261D\u2628c;\u6AA8ot\u0100;o\u2614\u2615\u6A7F\u0100;r\u261A\u261B\u6A81;\u6A83\u0100;e\u2622\u2625\uC000\u22DA\uFE00s;\u6A93\u0280adegs\u2633\u2639\u263D\u2649\u264Bppro\xF8\u24C6ot;\u62D6q\u0100gq\u2643\u2645\xF4\u0989gt\xF2\u248C\xF4\u099Bi\xED\u09B2\u0180ilr\u2655\u08E1\u265Asht;\u697C;\uC000\u{1D529}\u0100;E\u099C\u2663;\u6A91\u0161\u2669\u2676r\u0100du\u25B2\u266E\u0100;l\u0965\u2673;\u696Alk;\u6584cy;\u4459\u0280;acht\u0A48\u2688\u268B\u2691\u2696r\xF2\u25C1orne\xF2\u1D08ard;\u696Bri;\u65FA\u0100io\u269F\u26A4dot;\u4140ust\u0100;a\u26AC\u26AD\u63B0che\xBB\u26AD\u0200Eaes\u26BB\u26BD\u26C9\u26D4;\u6268p\u0100;p\u26C3\u26C4\u6A89rox\xBB\u26C4\u0100;q\u26CE\u26CF\u6A87\u0100;q\u26CE\u26BBim;\u62E6\u0400abnoptwz\u26E9\u26F4\u26F7\u271A\u272F\u2741\u2747\u2750\u0100nr\u26EE\u26F1g;\u67ECr;\u61FDr\xEB\u08C1g\u0180lmr\u26FF\u270D\u2714eft\u0100ar\u09E6\u2707ight\xE1\u09F2apsto;\u67FCight\xE1\u09FDparrow\u0100lr\u2725\u2729ef\xF4\u24EDight;\u61AC\u0180afl\u2736\u2739\u273Dr;\u6985;\uC000\u{1D55D}us;\u6A2Dimes;\u6A34\u0161\u274B\u274Fst;\u6217\xE1\u134E\u0180;ef\u2757\u2758\u1800\u65CAnge\xBB\u2758ar\u0100;l\u2764\u2765\u4028t;\u6993\u0280achmt\u2773\u2776\u277C\u2785\u2787r\xF2\u08A8orne\xF2\u1D8Car\u0100;d\u0F98\u2783;\u696D;\u600Eri;\u62BF\u0300achiqt\u2798\u279D\u0A40\u27A2\u27AE\u27BBquo;\u6039r;\uC000\u{1D4C1}m\u0180;eg\u09B2\u27AA\u27AC;\u6A8D;\u6A8F\u0100bu\u252A\u27B3o\u0100;r\u0E1F\u27B9;\u601Arok;\u4142\u8400<;cdhilqr\u082B\u27D2\u2639\u27DC\u27E0\u27E5\u27EA\u27F0\u0100ci\u27D7\u27D9;\u6AA6r;\u6A79re\xE5\u25F2mes;\u62C9arr;\u6976uest;\u6A7B\u0100Pi\u27F5\u27F9ar;\u6996\u0180;ef\u2800\u092D\u181B\u65C3r\u0100du\u2807\u280Dshar;\u694Ahar;\u6966\u0100en\u2817\u2821rtneqq;\uC000\u2268\uFE00\xC5\u281E\u0700Dacdefhilnopsu\u2840\u2845\u2882\u288E\u2893\u28A0\u28A5\u28A8\u28DA\u28E2\u28E4\u0A83\u28F3\u2902Dot;\u623A\u0200clpr\u284E\u2852\u2863\u287Dr\u803B\xAF\u40AF\u0100et\u2857\u2859;\u6642\u0100;e\u285E\u285F\u6720se\xBB\u285F\u0100;s\u103B\u2868to\u0200;dlu\u103B\u2873\u2877\u287Bow\xEE\u048Cef\xF4\u090F\xF0\u13D1ker;\u65AE\u0100oy\u2887\u288Cmma;\u6A29;\u443Cash;\u6014asuredangle\xBB\u1626r;\uC000\u{1D52A}o;\u6127\u0180cdn\u28AF\u28B4\u28C9ro\u803B\xB5\u40B5\u0200;acd\u1464\u28BD\u28C0\u28C4s\xF4\u16A7ir;\u6AF0ot\u80BB\xB7\u01B5us\u0180;bd\u28D2\u1903\u28D3\u6212\u0100;u\u1D3C\u28D8;\u6A2A\u0163\u28DE\u28E1p;\u6ADB\xF2\u2212\xF0\u0A81\u0100dp\u28E9\u28EEels;\u62A7f;\uC000\u{1D55E}\u0100ct\u28F8\u28FDr;\uC000\u{1D4C2}pos\xBB\u159D\u0180;lm\u2909\u290A\u290D\u43BCtimap;\u62B8\u0C00GLRVabcdefghijlmoprstuvw\u2942\u2953\u297E\u2989\u2998\u29DA\u29E9\u2A15\u2A1A\u2A58\u2A5D\u2A83\u2A95\u2AA4\u2AA8\u2B04\u2B07\u2B44\u2B7F\u2BAE\u2C34\u2C67\u2C7C\u2CE9\u0100gt\u2947\u294B;\uC000\u22D9\u0338\u0100;v\u2950\u0BCF\uC000\u226B\u20D2\u0180elt\u295A\u2972\u2976ft\u0100ar\u2961\u2967rrow;\u61CDightarrow;\u61CE;\uC000\u22D8\u0338\u0100;v\u297B\u0C47\uC000\u226A\u20D2ightarrow;\u61CF\u0100Dd\u298E\u2993ash;\u62AFash;\u62AE\u0280bcnpt\u29A3\u29A7\u29AC\u29B1\u29CCla\xBB\u02DEute;\u4144g;\uC000\u2220\u20D2\u0280;Eiop\u0D84\u29BC\u29C0\u29C5\u29C8;\uC000\u2A70\u0338d;\uC000\u224B\u0338s;\u4149ro\xF8\u0D84ur\u0100;a\u29D3\u29D4\u666El\u0100;s\u29D3\u0B38\u01F3\u29DF\0\u29E3p\u80BB\xA0\u0B37mp\u0100;e\u0BF9\u0C00\u0280aeouy\u29F4\u29FE\u2A03\u2A10\u2A13\u01F0\u29F9\0\u29FB;\u6A43on;\u4148dil;\u4146ng\u0100;d\u0D7E\u2A0Aot;\uC000\u2A6D\u0338p;\u6A42;\u443Dash;\u6013\u0380;Aadqsx\u0B92\u2A29\u2A2D\u2A3B\u2A41\u2A45\u2A50rr;\u61D7r\u0100hr\u2A33\u2A36k;\u6924\u0100;o\u13F2\u13F0ot;\uC000\u2250\u0338ui\xF6\u0B63\u0100ei\u2A4A\u2A4Ear;\u6928\xED\u0B98ist\u0100;s\u0BA0\u0B9Fr;\uC000\u{1D52B}\u0200Eest\u0BC5\u2A66\u2A79\u2A7C\u0180;qs\u0BBC\u2A6D\u0BE1\u0180;qs\u0BBC\u0BC5\u2A74lan\xF4\u0BE2i\xED\u0BEA\u0100;r\u0BB6\u2A81\xBB\u0BB7\u0180Aap\u2A8A\u2A8D\u2A91r\xF2\u2971rr;\u61AEar;\u6AF2\u0180;sv\u0F8D\u2A9C\u0F8C\u0100;d\u2AA1\u2AA2\u62FC;\u62FAcy;\u445A\u0380AEadest\u2AB7\u2ABA\u2ABE\u2AC2\u2AC5\u2AF6\u2AF9r\xF2\u2966;\uC000\u2266\u0338rr;\u619Ar;\u6025\u0200;fqs\u0C3B\u2ACE\u2AE3\u2AEFt\u0100ar\u2AD4\u2AD9rro\xF7\u2AC1ightarro\xF7\u2A90\u0180;qs\u0C3B\u2ABA\u2AEAlan\xF4\u0C55\u0100;s\u0C55\u2AF4\xBB\u0C36i\xED\u0C5D\u0100;r\u0C35\u2AFEi\u0100;e\u0C1A\u0C25i\xE4\u0D90\u0100pt\u2B0C\u2B11f;\uC000\u{1D55F}\u8180\xAC;in\u2B19\u2B1A\u2B36\u40ACn\u0200;Edv\u0B89\u2B24\u2B28\u2B2E;\uC000\u22F9\u0338ot;\uC000\u22F5\u0338\u01E1\u0B89\u2B33\u2B35;\u62F7;\u62F6i\u0100;v\u0CB8\u2B3C\u01E1\u0CB8\u2B41\u2B43;\u62FE;\u62FD\u0180aor\u2B4B\u2B63\u2B69r\u0200;ast\u0B7B\u2B55\u2B5A\u2B5Flle\xEC\u0B7Bl;\uC000\u2AFD\u20E5;\uC000\u2202\u0338lint;\u6A14\u0180;ce\u0C92\u2B70\u2B73u\xE5\u0CA5\u0100;c\u0C98\u2B78\u0100;e\u0C92\u2B7D\xF1\u0C98\u0200Aait\u2B88\u2B8B\u2B9D\u2BA7r\xF2\u2988rr\u0180;cw\u2B94\u2B95\u2B99\u619B;\uC000\u2933\u0338;\uC000\u219D\u0338ghtarrow\xBB\u2B95ri\u0100;e\u0CCB\u0CD6\u0380chimpqu\u2BBD\u2BCD\u2BD9\u2B04\u0B78\u2BE4\u2BEF\u0200;cer\u0D32\u2BC6\u0D37\u2BC9u\xE5\u0D45;\uC000\u{1D4C3}ort\u026D\u2B05\0\0\u2BD6ar\xE1\u2B56m\u0100;e\u0D6E\u2BDF\u0100;q\u0D74\u0D73su\u0100bp\u2BEB\u2BED\xE5\u0CF8\xE5\u0D0B\u0180bcp\u2BF6\u2C11\u2C19\u0200;Ees\u2BFF\u2C00\u0D22\u2C04\u6284;\uC000\u2AC5\u0338et\u0100;e\u0D1B\u2C0Bq\u0100;q\u0D23\u2C00c\u0100;e\u0D32\u2C17\xF1\u0D38\u0200;Ees\u2C22\u2C23\u0D5F\u2C27\u6285;\uC000\u2AC6\u0338et\u0100;e\u0D58\u2C2Eq\u0100;q\u0D60\u2C23\u0200gilr\u2C3D\u2C3F\u2C45\u2C47\xEC\u0BD7lde\u803B\xF1\u40F1\xE7\u0C43iangle\u0100lr\u2C52\u2C5Ceft\u0100;e\u0C1A\u2C5A\xF1\u0C26ight\u0100;e\u0CCB\u2C65\xF1\u0CD7\u0100;m\u2C6C\u2C6D\u43BD\u0180;es\u2C74\u2C75\u2C79\u4023ro;\u6116p;\u6007\u0480DHadgilrs\u2C8F\u2C94\u2C99\u2C9E\u2CA3\u2CB0\u2CB6\u2CD3\u2CE3ash;\u62ADarr;\u6904p;\uC000\u224D\u20D2ash;\u62AC\u0100et\u2CA8\u2CAC;\uC000\u2265\u20D2;\uC000>\u20D2nfin;\u69DE\u0180Aet\u2CBD\u2CC1\u2CC5rr;\u6902;\uC000\u2264\u20D2\u0100;r\u2CCA\u2CCD\uC000<\u20D2ie;\uC000\u22B4\u20D2\u0100At\u2CD8\u2CDCrr;\u6903rie;\uC000\u22B5\u20D2im;\uC000\u223C\u20D2\u0180Aan\u2CF0\u2CF4\u2D02rr;\u61D6r\u0100hr\u2CFA\u2CFDk;\u6923\u0100;o\u13E7\u13E5ear;\u6927\u1253\u1A95\0\0\0\0\0\0\0\0\0\0\0\0\0\u2D2D\0\u2D38\u2D48\u2D60\u2D65\u2D72\u2D84\u1B07\0\0\u2D8D\u2DAB\0\u2DC8\u2DCE\0\u2DDC\u2E19\u2E2B\u2E3E\u2E43\u0100cs\u2D31\u1A97ute\u803B\xF3\u40F3\u0100iy\u2D3C\u2D45r\u0100;c\u1A9E\u2D42\u803B\xF4\u40F4;\u443E\u0280abios\u1AA0\u2D52\u2D57\u01C8\u2D5Alac;\u4151v;\u6A38old;\u69BClig;\u4153\u0100cr\u2D69\u2D6Dir;\u69BF;\uC000\u{1D52C}\u036F\u2D79\0\0\u2D7C\0\u2D82n;\u42DBave\u803B\xF2\u40F2;\u69C1\u0100bm\u2D88\u0DF4ar;\u69B5\u0200acit\u2D95\u2D98\u2DA5\u2DA8r\xF2\u1A80\u0100ir\u2D9D\u2DA0r;\u69BEoss;\u69BBn\xE5\u0E52;\u69C0\u0180aei\u2DB1\u2DB5\u2DB9cr;\u414Dga;\u43C9\u0180cdn\u2DC0\u2DC5\u01CDron;\u43BF;\u69B6pf;\uC000\u{1D560}\u0180ael\u2DD4\u2DD7\u01D2r;\u69B7rp;\u69B9\u0380;adiosv\u2DEA\u2DEB\u2DEE\u2E08\u2E0D\u2E10\u2E16\u6228r\xF2\u1A86\u0200;efm\u2DF7\u2DF8\u2E02\u2E05\u6A5Dr\u0100;o\u2DFE\u2DFF\u6134f\xBB\u2DFF\u803B\xAA\u40AA\u803B\xBA\u40BAgof;\u62B6r;\u6A56lope;\u6A57;\u6A5B\u0180clo\u2E1F\u2E21\u2E27\xF2\u2E01ash\u803B\xF8\u40F8l;\u6298i\u016C\u2E2F\u2E34de\u803B\xF5\u40F5es\u0100;a\u01DB\u2E3As;\u6A36ml\u803B\xF6\u40F6bar;\u633D\u0AE1\u2E5E\0\u2E7D\0\u2E80\u2E9D\0\u2EA2\u2EB9\0\0\u2ECB\u0E9C\0\u2F13\0\0\u2F2B\u2FBC\0\u2FC8r\u0200;ast\u0403\u2E67\u2E72\u0E85\u8100\xB6;l\u2E6D\u2E6E\u40B6le\xEC\u0403\u0269\u2E78\0\0\u2E7Bm;\u6AF3;\u6AFDy;\u443Fr\u0280cimpt\u2E8B\u2E8F\u2E93\u1865\u2E97nt;\u4025od;\u402Eil;\u6030enk;\u6031r;\uC000\u{1D52D}\u0180imo\u2EA8\u2EB0\u2EB4\u0100;v\u2EAD\u2EAE\u43C6;\u43D5ma\xF4\u0A76ne;\u660E\u0180;tv\u2EBF\u2EC0\u2EC8\u43C0chfork\xBB\u1FFD;\u43D6\u0100au\u2ECF\u2EDFn\u0100ck\u2ED5\u2EDDk\u0100;h\u21F4\u2EDB;\u610E\xF6\u21F4s\u0480;abcdemst\u2EF3\u2EF4\u1908\u2EF9\u2EFD\u2F04\u2F06\u2F0A\u2F0E\u402Bcir;\u6A23ir;\u6A22\u0100ou\u1D40\u2F02;\u6A25;\u6A72n\u80BB\xB1\u0E9Dim;\u6A26wo;\u6A27\u0180ipu\u2F19\u2F20\u2F25ntint;\u6A15f;\uC000\u{1D561}nd\u803B\xA3\u40A3\u0500;Eaceinosu\u0EC8\u2F3F\u2F41\u2F44\u2F47\u2F81\u2F89\u2F92\u2F7E\u2FB6;\u6AB3p;\u6AB7u\xE5\u0ED9\u0100;c\u0ECE\u2F4C\u0300;acens\u0EC8\u2F59\u2F5F\u2F66\u2F68\u2F7Eppro\xF8\u2F43urlye\xF1\u0ED9\xF1\u0ECE\u0180aes\u2F6F\u2F76\u2F7Approx;\u6AB9qq;\u6AB5im;\u62E8i\xED\u0EDFme\u0100;s\u2F88\u0EAE\u6032\u0180Eas\u2F78\u2F90\u2F7A\xF0\u2F75\u0180dfp\u0EEC\u2F99\u2FAF\u0180als\u2FA0\u2FA5\u2FAAlar;\u632Eine;\u6312urf;\u6313\u0100;t\u0EFB\u2FB4\xEF\u0EFBrel;\u62B0\u0100ci\u2FC0\u2FC5r;\uC000\u{1D4C5};\u43C8ncsp;\u6008\u0300fiopsu\u2FDA\u22E2\u2FDF\u2FE5\u2FEB\u2FF1r;\uC000\u{1D52E}pf;\uC000\u{1D562}rime;\u6057cr;\uC000\u{1D4C6}\u0180aeo\u2FF8\u3009\u3013t\u0100ei\u2FFE\u3005rnion\xF3\u06B0nt;\u6A16st\u0100;e\u3010\u3011\u403F\xF1\u1F19\xF4\u0F14\u0A80ABHabcdefhilmnoprstux\u3040\u3051\u3055\u3059\u30E0\u310E\u312B\u3147\u3162\u3172\u318E\u3206\u3215\u3224\u3229\u3258\u326E\u3272\u3290\u32B0\u32B7\u0180art\u3047\u304A\u304Cr\xF2\u10B3\xF2\u03DDail;\u691Car\xF2\u1C65ar;\u6964\u0380cdenqrt\u3068\u3075\u3078\u307F\u308F\u3094\u30CC\u0100eu\u306D\u3071;\uC000\u223D\u0331te;\u4155i\xE3\u116Emptyv;\u69B3g\u0200;del\u0FD1\u3089\u308B\u308D;\u6992;\u69A5\xE5\u0FD1uo\u803B\xBB\u40BBr\u0580;abcfhlpstw\u0FDC\u30AC\u30AF\u30B7\u30B9\u30BC\u30BE\u30C0\u30C3\u30C7\u30CAp;\u6975\u0100;f\u0FE0\u30B4s;\u6920;\u6933s;\u691E\xEB\u225D\xF0\u272El;\u6945im;\u6974l;\u61A3;\u619D\u0100ai\u30D1\u30D5il;\u691Ao\u0100;n\u30DB\u30DC\u6236al\xF3\u0F1E\u0180abr\u30E7\u30EA\u30EEr\xF2\u17E5rk;\u6773\u0100ak\u30F3\u30FDc\u0100ek\u30F9\u30FB;\u407D;\u405D\u0100es\u3102\u3104;\u698Cl\u0100du\u310A\u310C;\u698E;\u6990\u0200aeuy\u3117\u311C\u3127\u3129ron;\u4159\u0100di\u3121\u3125il;\u4157\xEC\u0FF2\xE2\u30FA;\u4440\u0200clqs\u3134\u3137\u313D\u3144a;\u6937dhar;\u6969uo\u0100;r\u020E\u020Dh;\u61B3\u0180acg\u314E\u315F\u0F44l\u0200;ips\u0F78\u3158\u315B\u109Cn\xE5\u10BBar\xF4\u0FA9t;\u65AD\u0180ilr\u3169\u1023\u316Esht;\u697D;\uC000\u{1D52F}\u0100ao\u3177\u3186r\u0100du\u317D\u317F\xBB\u047B\u0100;l\u1091\u3184;\u696C\u0100;v\u318B\u318C\u43C1;\u43F1\u0180gns\u3195\u31F9\u31FCht\u0300ahlrst\u31A4\u31B0\u31C2\u31D8\u31E4\u31EErrow\u0100;t\u0FDC\u31ADa\xE9\u30C8arpoon\u0100du\u31BB\u31BFow\xEE\u317Ep\xBB\u1092eft\u0100ah\u31CA\u31D0rrow\xF3\u0FEAarpoon\xF3\u0551ightarrows;\u61C9quigarro\xF7\u30CBhreetimes;\u62CCg;\u42DAingdotse\xF1\u1F32\u0180ahm\u320D\u3210\u3213r\xF2\u0FEAa\xF2\u0551;\u600Foust\u0100;a\u321E\u321F\u63B1che\xBB\u321Fmid;\u6AEE\u0200abpt\u3232\u323D\u3240\u3252\u0100nr\u3237\u323Ag;\u67EDr;\u61FEr\xEB\u1003\u0180afl\u3247\u324A\u324Er;\u6986;\uC000\u{1D563}us;\u6A2Eimes;\u6A35\u0100ap\u325D\u3267r\u0100;g\u3263\u3264\u4029t;\u6994olint;\u6A12ar\xF2\u31E3\u0200achq\u327B\u3280\u10BC\u3285quo;\u603Ar;\uC000\u{1D4C7}\u0100bu\u30FB\u328Ao\u0100;r\u0214\u0213\u0180hir\u3297\u329B\u32A0re\xE5\u31F8mes;\u62CAi\u0200;efl\u32AA\u1059\u1821\u32AB\u65B9tri;\u69CEluhar;\u6968;\u611E\u0D61\u32D5\u32DB\u32DF\u332C\u3338\u3371\0\u337A\u33A4\0\0\u33EC\u33F0\0\u3428\u3448\u345A\u34AD\u34B1\u34CA\u34F1\0\u3616\0\0\u3633cute;\u415Bqu\xEF\u27BA\u0500;Eaceinpsy\u11ED\u32F3\u32F5\u32FF\u3302\u330B\u330F\u331F\u3326\u3329;\u6AB4\u01F0\u32FA\0\u32FC;\u6AB8on;\u4161u\xE5\u11FE\u0100;d\u11F3\u3307il;\u415Frc;\u415D\u0180Eas\u3316\u3318\u331B;\u6AB6p;\u6ABAim;\u62E9olint;\u6A13i\xED\u1204;\u4441ot\u0180;be\u3334\u1D47\u3335\u62C5;\u6A66\u0380Aacmstx\u3346\u334A\u3357\u335B\u335E\u3363\u336Drr;\u61D8r\u0100hr\u3350\u3352\xEB\u2228\u0100;o\u0A36\u0A34t\u803B\xA7\u40A7i;\u403Bwar;\u6929m\u0100in\u3369\xF0nu\xF3\xF1t;\u6736r\u0100;o\u3376\u2055\uC000\u{1D530}\u0200acoy\u3382\u3386\u3391\u33A0rp;\u666F\u0100hy\u338B\u338Fcy;\u4449;\u4448rt\u026D\u3399\0\0\u339Ci\xE4\u1464ara\xEC\u2E6F\u803B\xAD\u40AD\u0100gm\u33A8\u33B4ma\u0180;fv\u33B1\u33B2\u33B2\u43C3;\u43C2\u0400;deglnpr\u12AB\u33C5\u33C9\u33CE\u33D6\u33DE\u33E1\u33E6ot;\u6A6A\u0100;q\u12B1\u12B0\u0100;E\u33D3\u33D4\u6A9E;\u6AA0\u0100;E\u33DB\u33DC\u6A9D;\u6A9Fe;\u6246lus;\u6A24arr;\u6972ar\xF2\u113D\u0200aeit\u33F8\u3408\u340F\u3417\u0100ls\u33FD\u3404lsetm\xE9\u336Ahp;\u6A33parsl;\u69E4\u0100dl\u1463\u3414e;\u6323\u0100;e\u341C\u341D\u6AAA\u0100;s\u3422\u3423\u6AAC;\uC000\u2AAC\uFE00\u0180flp\u342E\u3433\u3442tcy;\u444C\u0100;b\u3438\u3439\u402F\u0100;a\u343E\u343F\u69C4r;\u633Ff;\uC000\u{1D564}a\u0100dr\u344D\u0402es\u0100;u\u3454\u3455\u6660it\xBB\u3455\u0180csu\u3460\u3479\u349F\u0100au\u3465\u346Fp\u0100;s\u1188\u346B;\uC000\u2293\uFE00p\u0100;s\u11B4\u3475;\uC000\u2294\uFE00u\u0100bp\u347F\u348F\u0180;es\u1197\u119C\u3486et\u0100;e\u1197\u348D\xF1\u119D\u0180;es\u11A8\u11AD\u3496et\u0100;e\u11A8\u349D\xF1\u11AE\u0180;af\u117B\u34A6\u05B0r\u0165\u34AB\u05B1\xBB\u117Car\xF2\u1148\u0200cemt\u34B9\u34BE\u34C2\u34C5r;\uC000\u{1D4C8}tm\xEE\xF1i\xEC\u3415ar\xE6\u11BE\u0100ar\u34CE\u34D5r\u0100;f\u34D4\u17BF\u6606\u0100an\u34DA\u34EDight\u0100ep\u34E3\u34EApsilo\xEE\u1EE0h\xE9\u2EAFs\xBB\u2852\u0280bcmnp\u34FB\u355E\u1209\u358B\u358E\u0480;Edemnprs\u350E\u350F\u3511\u3515\u351E\u3523\u352C\u3531\u3536\u6282;\u6AC5ot;\u6ABD\u0100;d\u11DA\u351Aot;\u6AC3ult;\u6AC1\u0100Ee\u3528\u352A;\u6ACB;\u628Alus;\u6ABFarr;\u6979\u0180eiu\u353D\u3552\u3555t\u0180;en\u350E\u3545\u354Bq\u0100;q\u11DA\u350Feq\u0100;q\u352B\u3528m;\u6AC7\u0100bp\u355A\u355C;\u6AD5;\u6AD3c\u0300;acens\u11ED\u356C\u3572\u3579\u357B\u3326ppro\xF8\u32FAurlye\xF1\u11FE\xF1\u11F3\u0180aes\u3582\u3588\u331Bppro\xF8\u331Aq\xF1\u3317g;\u666A\u0680123;Edehlmnps\u35A9\u35AC\u35AF\u121C\u35B2\u35B4\u35C0\u35C9\u35D5\u35DA\u35DF\u35E8\u35ED\u803B\xB9\u40B9\u803B\xB2\u40B2\u803B\xB3\u40B3;\u6AC6\u0100os\u35B9\u35BCt;\u6ABEub;\u6AD8\u0100;d\u1222\u35C5ot;\u6AC4s\u0100ou\u35CF\u35D2l;\u67C9b;\u6AD7arr;\u697Bult;\u6AC2\u0100Ee\u35E4\u35E6;\u6ACC;\u628Blus;\u6AC0\u0180eiu\u35F4\u3609\u360Ct\u0180;en\u121C\u35FC\u3602q\u0100;q\u1222\u35B2eq\u0100;q\u35E7\u35E4m;\u6AC8\u0100bp\u3611\u3613;\u6AD4;\u6AD6\u0180Aan\u361C\u3620\u362Drr;\u61D9r\u0100hr\u3626\u3628\xEB\u222E\u0100;o\u0A2B\u0A29war;\u692Alig\u803B\xDF\u40DF\u0BE1\u3651\u365D\u3660\u12CE\u3673\u3679\0\u367E\u36C2\0\0\0\0\0\u36DB\u3703\0\u3709\u376C\0\0\0\u3787\u0272\u3656\0\0\u365Bget;\u6316;\u43C4r\xEB\u0E5F\u0180aey\u3666\u366B\u3670ron;\u4165dil;\u4163;\u4442lrec;\u6315r;\uC000\u{1D531}\u0200eiko\u3686\u369D\u36B5\u36BC\u01F2\u368B\0\u3691e\u01004f\u1284\u1281a\u0180;sv\u3698\u3699\u369B\u43B8ym;\u43D1\u0100cn\u36A2\u36B2k\u0100as\u36A8\u36AEppro\xF8\u12C1im\xBB\u12ACs\xF0\u129E\u0100as\u36BA\u36AE\xF0\u12C1rn\u803B\xFE\u40FE\u01EC\u031F\u36C6\u22E7es\u8180\xD7;bd\u36CF\u36D0\u36D8\u40D7\u0100;a\u190F\u36D5r;\u6A31;\u6A30\u0180eps\u36E1\u36E3\u3700\xE1\u2A4D\u0200;bcf\u0486\u36EC\u36F0\u36F4ot;\u6336ir;\u6AF1\u0100;o\u36F9\u36FC\uC000\u{1D565}rk;\u6ADA\xE1\u3362rime;\u6034\u0180aip\u370F\u3712\u3764d\xE5\u1248\u0380adempst\u3721\u374D\u3740\u3751\u3757\u375C\u375Fngle\u0280;dlqr\u3730\u3731\u3736\u3740\u3742\u65B5own\xBB\u1DBBeft\u0100;e\u2800\u373E\xF1\u092E;\u625Cight\u0100;e\u32AA\u374B\xF1\u105Aot;\u65ECinus;\u6A3Alus;\u6A39b;\u69CDime;\u6A3Bezium;\u63E2\u0180cht\u3772\u377D\u3781\u0100ry\u3777\u377B;\uC000\u{1D4C9};\u4446cy;\u445Brok;\u4167\u0100io\u378B\u378Ex\xF4\u1777head\u0100lr\u3797\u37A0eftarro\xF7\u084Fightarrow\xBB\u0F5D\u0900AHabcdfghlmoprstuw\u37D0\u37D3\u37D7\u37E4\u37F0\u37FC\u380E\u381C\u3823\u3834\u3851\u385D\u386B\u38A9\u38CC\u38D2\u38EA\u38F6r\xF2\u03EDar;\u6963\u0100cr\u37DC\u37E2ute\u803B\xFA\u40FA\xF2\u1150r\u01E3\u37EA\0\u37EDy;\u445Eve;\u416D\u0100iy\u37F5\u37FArc\u803B\xFB\u40FB;\u4443\u0180abh\u3803\u3806\u380Br\xF2\u13ADlac;\u4171a\xF2\u13C3\u0100ir\u3813\u3818sht;\u697E;\uC000\u{1D532}rave\u803B\xF9\u40F9\u0161\u3827\u3831r\u0100lr\u382C\u382E\xBB\u0957\xBB\u1083lk;\u6580\u0100ct\u3839\u384D\u026F\u383F\0\0\u384Arn\u0100;e\u3845\u3846\u631Cr\xBB\u3846op;\u630Fri;\u65F8\u0100al\u3856\u385Acr;\u416B\u80BB\xA8\u0349\u0100gp\u3862\u3866on;\u4173f;\uC000\u{1D566}\u0300adhlsu\u114B\u3878\u387D\u1372\u3891\u38A0own\xE1\u13B3arpoon\u0100lr\u3888\u388Cef\xF4\u382Digh\xF4\u382Fi\u0180;hl\u3899\u389A\u389C\u43C5\xBB\u13FAon\xBB\u389Aparrows;\u61C8\u0180cit\u38B0\u38C4\u38C8\u026F\u38B6\0\0\u38C1rn\u0100;e\u38BC\u38BD\u631Dr\xBB\u38BDop;\u630Eng;\u416Fri;\u65F9cr;\uC000\u{1D4CA}\u0180dir\u38D9\u38DD\u38E2ot;\u62F0lde;\u4169i\u0100;f\u3730\u38E8\xBB\u1813\u0100am\u38EF\u38F2r\xF2\u38A8l\u803B\xFC\u40FCangle;\u69A7\u0780ABDacdeflnoprsz\u391C\u391F\u3929\u392D\u39B5\u39B8\u39BD\u39DF\u39E4\u39E8\u39F3\u39F9\u39FD\u3A01\u3A20r\xF2\u03F7ar\u0100;v\u3926\u3927\u6AE8;\u6AE9as\xE8\u03E1\u0100nr\u3932\u3937grt;\u699C\u0380eknprst\u34E3\u3946\u394B\u3952\u395D\u3964\u3996app\xE1\u2415othin\xE7\u1E96\u0180hir\u34EB\u2EC8\u3959op\xF4\u2FB5\u0100;h\u13B7\u3962\xEF\u318D\u0100iu\u3969\u396Dgm\xE1\u33B3\u0100bp\u3972\u3984setneq\u0100;q\u397D\u3980\uC000\u228A\uFE00;\uC000\u2ACB\uFE00setneq\u0100;q\u398F\u3992\uC000\u228B\uFE00;\uC000\u2ACC\uFE00\u0100hr\u399B\u399Fet\xE1\u369Ciangle\u0100lr\u39AA\u39AFeft\xBB\u0925ight\xBB\u1051y;\u4432ash\xBB\u1036\u0180elr\u39C4\u39D2\u39D7\u0180;be\u2DEA\u39CB\u39CFar;\u62BBq;\u625Alip;\u62EE\u0100bt\u39DC\u1468a\xF2\u1469r;\uC000\u{1D533}tr\xE9\u39AEsu\u0100bp\u39EF\u39F1\xBB\u0D1C\xBB\u0D59pf;\uC000\u{1D567}ro\xF0\u0EFBtr\xE9\u39B4\u0100cu\u3A06\u3A0Br;\uC000\u{1D4CB}\u0100bp\u3A10\u3A18n\u0100Ee\u3980\u3A16\xBB\u397En\u0100Ee\u3992\u3A1E\xBB\u3990igzag;\u699A\u0380cefoprs\u3A36\u3A3B\u3A56\u3A5B\u3A54\u3A61\u3A6Airc;\u4175\u0100di\u3A40\u3A51\u0100bg\u3A45\u3A49ar;\u6A5Fe\u0100;q\u15FA\u3A4F;\u6259erp;\u6118r;\uC000\u{1D534}pf;\uC000\u{1D568}\u0100;e\u1479\u3A66at\xE8\u1479cr;\uC000\u{1D4CC}\u0AE3\u178E\u3A87\0\u3A8B\0\u3A90\u3A9B\0\0\u3A9D\u3AA8\u3AAB\u3AAF\0\0\u3AC3\u3ACE\0\u3AD8\u17DC\u17DFtr\xE9\u17D1r;\uC000\u{1D535}\u0100Aa\u3A94\u3A97r\xF2\u03C3r\xF2\u09F6;\u43BE\u0100Aa\u3AA1\u3AA4r\xF2\u03B8r\xF2\u09EBa\xF0\u2713is;\u62FB\u0180dpt\u17A4\u3AB5\u3ABE\u0100fl\u3ABA\u17A9;\uC000\u{1D569}im\xE5\u17B2\u0100Aa\u3AC7\u3ACAr\xF2\u03CEr\xF2\u0A01\u0100cq\u3AD2\u17B8r;\uC000\u{1D4CD}\u0100pt\u17D6\u3ADCr\xE9\u17D4\u0400acefiosu\u3AF0\u3AFD\u3B08\u3B0C\u3B11\u3B15\u3B1B\u3B21c\u0100uy\u3AF6\u3AFBte\u803B\xFD\u40FD;\u444F\u0100iy\u3B02\u3B06rc;\u4177;\u444Bn\u803B\xA5\u40A5r;\uC000\u{1D536}cy;\u4457pf;\uC000\u{1D56A}cr;\uC000\u{1D4CE}\u0100cm\u3B26\u3B29y;\u444El\u803B\xFF\u40FF\u0500acdefhiosw\u3B42\u3B48\u3B54\u3B58\u3B64\u3B69\u3B6D\u3B74\u3B7A\u3B80cute;\u417A\u0100ay\u3B4D\u3B52ron;\u417E;\u4437ot;\u417C\u0100et\u3B5D\u3B61tr\xE6\u155Fa;\u43B6r;\uC000\u{1D537}cy;\u4436grarr;\u61DDpf;\uC000\u{1D56B}cr;\uC000\u{1D4CF}\u0100jn\u3B85\u3B87;\u600Dj;\u600C'.split("").map((c) => c.charCodeAt(0))
);

// node_modules/entities/lib/esm/generated/decode-data-xml.js
var decode_data_xml_default = new Uint16Array(
  // prettier-ignore
  "\u0200aglq	\x1B\u026D\0\0p;\u4026os;\u4027t;\u403Et;\u403Cuot;\u4022".split("").map((c) => c.charCodeAt(0))
);

// node_modules/entities/lib/esm/decode_codepoint.js
var _a;
var decodeMap = /* @__PURE__ */ new Map([
  [0, 65533],
  // C1 Unicode control character reference replacements
  [128, 8364],
  [130, 8218],
  [131, 402],
  [132, 8222],
  [133, 8230],
  [134, 8224],
  [135, 8225],
  [136, 710],
  [137, 8240],
  [138, 352],
  [139, 8249],
  [140, 338],
  [142, 381],
  [145, 8216],
  [146, 8217],
  [147, 8220],
  [148, 8221],
  [149, 8226],
  [150, 8211],
  [151, 8212],
  [152, 732],
  [153, 8482],
  [154, 353],
  [155, 8250],
  [156, 339],
  [158, 382],
  [159, 376]
]);
var fromCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, node/no-unsupported-features/es-builtins
  (_a = String.fromCodePoint) !== null && _a !== void 0 ? _a : function(codePoint) {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  }
);
function replaceCodePoint(codePoint) {
  var _a2;
  if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
    return 65533;
  }
  return (_a2 = decodeMap.get(codePoint)) !== null && _a2 !== void 0 ? _a2 : codePoint;
}

// node_modules/entities/lib/esm/decode.js
var CharCodes;
(function(CharCodes3) {
  CharCodes3[CharCodes3["NUM"] = 35] = "NUM";
  CharCodes3[CharCodes3["SEMI"] = 59] = "SEMI";
  CharCodes3[CharCodes3["EQUALS"] = 61] = "EQUALS";
  CharCodes3[CharCodes3["ZERO"] = 48] = "ZERO";
  CharCodes3[CharCodes3["NINE"] = 57] = "NINE";
  CharCodes3[CharCodes3["LOWER_A"] = 97] = "LOWER_A";
  CharCodes3[CharCodes3["LOWER_F"] = 102] = "LOWER_F";
  CharCodes3[CharCodes3["LOWER_X"] = 120] = "LOWER_X";
  CharCodes3[CharCodes3["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes3[CharCodes3["UPPER_A"] = 65] = "UPPER_A";
  CharCodes3[CharCodes3["UPPER_F"] = 70] = "UPPER_F";
  CharCodes3[CharCodes3["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 16256] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));
function isNumber(code) {
  return code >= CharCodes.ZERO && code <= CharCodes.NINE;
}
function isHexadecimalCharacter(code) {
  return code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_F || code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_F;
}
function isAsciiAlphaNumeric(code) {
  return code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_Z || code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_Z || isNumber(code);
}
function isEntityInAttributeInvalidEnd(code) {
  return code === CharCodes.EQUALS || isAsciiAlphaNumeric(code);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var EntityDecoder = class {
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
    this.state = EntityDecoderState.EntityStart;
    this.consumed = 1;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.decodeMode = DecodingMode.Strict;
  }
  /** Resets the instance to make it reusable. */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   *
   * @param string The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(str2, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (str2.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(str2, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(str2, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(str2, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(str2, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(str2, offset);
      }
      case EntityDecoderState.NamedEntity: {
        return this.stateNamedEntity(str2, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericStart(str2, offset) {
    if (offset >= str2.length) {
      return -1;
    }
    if ((str2.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(str2, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(str2, offset);
  }
  addToNumericResult(str2, start, end, base) {
    if (start !== end) {
      const digitCount = end - start;
      this.result = this.result * Math.pow(base, digitCount) + parseInt(str2.substr(start, digitCount), base);
      this.consumed += digitCount;
    }
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(str2, offset) {
    const startIdx = offset;
    while (offset < str2.length) {
      const char = str2.charCodeAt(offset);
      if (isNumber(char) || isHexadecimalCharacter(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str2, startIdx, offset, 16);
        return this.emitNumericEntity(char, 3);
      }
    }
    this.addToNumericResult(str2, startIdx, offset, 16);
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(str2, offset) {
    const startIdx = offset;
    while (offset < str2.length) {
      const char = str2.charCodeAt(offset);
      if (isNumber(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str2, startIdx, offset, 10);
        return this.emitNumericEntity(char, 2);
      }
    }
    this.addToNumericResult(str2, startIdx, offset, 10);
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   *
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    var _a2;
    if (this.consumed <= expectedLength) {
      (_a2 = this.errors) === null || _a2 === void 0 ? void 0 : _a2.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode.Strict) {
      return 0;
    }
    this.emitCodePoint(replaceCodePoint(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(str2, offset) {
    const { decodeTree } = this;
    let current = decodeTree[this.treeIndex];
    let valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
    for (; offset < str2.length; offset++, this.excess++) {
      const char = str2.charCodeAt(offset);
      this.treeIndex = determineBranch(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
      if (this.treeIndex < 0) {
        return this.result === 0 || // If we are parsing an attribute
        this.decodeMode === DecodingMode.Attribute && // We shouldn't have consumed any characters after the entity,
        (valueLength === 0 || // And there should be no invalid characters.
        isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
      }
      current = decodeTree[this.treeIndex];
      valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
      if (valueLength !== 0) {
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
        }
        if (this.decodeMode !== DecodingMode.Strict) {
          this.result = this.treeIndex;
          this.consumed += this.excess;
          this.excess = 0;
        }
      }
    }
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   *
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    var _a2;
    const { result: result5, decodeTree } = this;
    const valueLength = (decodeTree[result5] & BinTrieFlags.VALUE_LENGTH) >> 14;
    this.emitNamedEntityData(result5, valueLength, this.consumed);
    (_a2 = this.errors) === null || _a2 === void 0 ? void 0 : _a2.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   *
   * @param result The index of the entity in the decode tree.
   * @param valueLength The number of bytes in the entity.
   * @param consumed The number of characters consumed.
   *
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result5, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result5] & ~BinTrieFlags.VALUE_LENGTH : decodeTree[result5 + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result5 + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   *
   * @returns The number of characters consumed.
   */
  end() {
    var _a2;
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        (_a2 = this.errors) === null || _a2 === void 0 ? void 0 : _a2.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      case EntityDecoderState.EntityStart: {
        return 0;
      }
    }
  }
};
function getDecoder(decodeTree) {
  let ret = "";
  const decoder = new EntityDecoder(decodeTree, (str2) => ret += fromCodePoint(str2));
  return function decodeWithTrie(str2, decodeMode) {
    let lastIndex = 0;
    let offset = 0;
    while ((offset = str2.indexOf("&", offset)) >= 0) {
      ret += str2.slice(lastIndex, offset);
      decoder.startEntity(decodeMode);
      const len = decoder.write(
        str2,
        // Skip the "&"
        offset + 1
      );
      if (len < 0) {
        lastIndex = offset + decoder.end();
        break;
      }
      lastIndex = offset + len;
      offset = len === 0 ? lastIndex + 1 : lastIndex;
    }
    const result5 = ret + str2.slice(lastIndex);
    ret = "";
    return result5;
  };
}
function determineBranch(decodeTree, current, nodeIdx, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (branchCount === 0) {
    return jumpOffset !== 0 && char === jumpOffset ? nodeIdx : -1;
  }
  if (jumpOffset) {
    const value = char - jumpOffset;
    return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIdx + value] - 1;
  }
  let lo = nodeIdx;
  let hi = lo + branchCount - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const midVal = decodeTree[mid];
    if (midVal < char) {
      lo = mid + 1;
    } else if (midVal > char) {
      hi = mid - 1;
    } else {
      return decodeTree[mid + branchCount];
    }
  }
  return -1;
}
var htmlDecoder = getDecoder(decode_data_html_default);
var xmlDecoder = getDecoder(decode_data_xml_default);

// node_modules/htmlparser2/lib/esm/Tokenizer.js
var CharCodes2;
(function(CharCodes3) {
  CharCodes3[CharCodes3["Tab"] = 9] = "Tab";
  CharCodes3[CharCodes3["NewLine"] = 10] = "NewLine";
  CharCodes3[CharCodes3["FormFeed"] = 12] = "FormFeed";
  CharCodes3[CharCodes3["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes3[CharCodes3["Space"] = 32] = "Space";
  CharCodes3[CharCodes3["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes3[CharCodes3["Number"] = 35] = "Number";
  CharCodes3[CharCodes3["Amp"] = 38] = "Amp";
  CharCodes3[CharCodes3["SingleQuote"] = 39] = "SingleQuote";
  CharCodes3[CharCodes3["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes3[CharCodes3["Dash"] = 45] = "Dash";
  CharCodes3[CharCodes3["Slash"] = 47] = "Slash";
  CharCodes3[CharCodes3["Zero"] = 48] = "Zero";
  CharCodes3[CharCodes3["Nine"] = 57] = "Nine";
  CharCodes3[CharCodes3["Semi"] = 59] = "Semi";
  CharCodes3[CharCodes3["Lt"] = 60] = "Lt";
  CharCodes3[CharCodes3["Eq"] = 61] = "Eq";
  CharCodes3[CharCodes3["Gt"] = 62] = "Gt";
  CharCodes3[CharCodes3["Questionmark"] = 63] = "Questionmark";
  CharCodes3[CharCodes3["UpperA"] = 65] = "UpperA";
  CharCodes3[CharCodes3["LowerA"] = 97] = "LowerA";
  CharCodes3[CharCodes3["UpperF"] = 70] = "UpperF";
  CharCodes3[CharCodes3["LowerF"] = 102] = "LowerF";
  CharCodes3[CharCodes3["UpperZ"] = 90] = "UpperZ";
  CharCodes3[CharCodes3["LowerZ"] = 122] = "LowerZ";
  CharCodes3[CharCodes3["LowerX"] = 120] = "LowerX";
  CharCodes3[CharCodes3["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes2 || (CharCodes2 = {}));
var State;
(function(State2) {
  State2[State2["Text"] = 1] = "Text";
  State2[State2["BeforeTagName"] = 2] = "BeforeTagName";
  State2[State2["InTagName"] = 3] = "InTagName";
  State2[State2["InSelfClosingTag"] = 4] = "InSelfClosingTag";
  State2[State2["BeforeClosingTagName"] = 5] = "BeforeClosingTagName";
  State2[State2["InClosingTagName"] = 6] = "InClosingTagName";
  State2[State2["AfterClosingTagName"] = 7] = "AfterClosingTagName";
  State2[State2["BeforeAttributeName"] = 8] = "BeforeAttributeName";
  State2[State2["InAttributeName"] = 9] = "InAttributeName";
  State2[State2["AfterAttributeName"] = 10] = "AfterAttributeName";
  State2[State2["BeforeAttributeValue"] = 11] = "BeforeAttributeValue";
  State2[State2["InAttributeValueDq"] = 12] = "InAttributeValueDq";
  State2[State2["InAttributeValueSq"] = 13] = "InAttributeValueSq";
  State2[State2["InAttributeValueNq"] = 14] = "InAttributeValueNq";
  State2[State2["BeforeDeclaration"] = 15] = "BeforeDeclaration";
  State2[State2["InDeclaration"] = 16] = "InDeclaration";
  State2[State2["InProcessingInstruction"] = 17] = "InProcessingInstruction";
  State2[State2["BeforeComment"] = 18] = "BeforeComment";
  State2[State2["CDATASequence"] = 19] = "CDATASequence";
  State2[State2["InSpecialComment"] = 20] = "InSpecialComment";
  State2[State2["InCommentLike"] = 21] = "InCommentLike";
  State2[State2["BeforeSpecialS"] = 22] = "BeforeSpecialS";
  State2[State2["SpecialStartSequence"] = 23] = "SpecialStartSequence";
  State2[State2["InSpecialTag"] = 24] = "InSpecialTag";
  State2[State2["BeforeEntity"] = 25] = "BeforeEntity";
  State2[State2["BeforeNumericEntity"] = 26] = "BeforeNumericEntity";
  State2[State2["InNamedEntity"] = 27] = "InNamedEntity";
  State2[State2["InNumericEntity"] = 28] = "InNumericEntity";
  State2[State2["InHexEntity"] = 29] = "InHexEntity";
})(State || (State = {}));
var QuoteType;
(function(QuoteType2) {
  QuoteType2[QuoteType2["NoValue"] = 0] = "NoValue";
  QuoteType2[QuoteType2["Unquoted"] = 1] = "Unquoted";
  QuoteType2[QuoteType2["Single"] = 2] = "Single";
  QuoteType2[QuoteType2["Double"] = 3] = "Double";
})(QuoteType || (QuoteType = {}));
var Sequences = {
  Cdata: new Uint8Array([67, 68, 65, 84, 65, 91]),
  CdataEnd: new Uint8Array([93, 93, 62]),
  CommentEnd: new Uint8Array([45, 45, 62]),
  ScriptEnd: new Uint8Array([60, 47, 115, 99, 114, 105, 112, 116]),
  StyleEnd: new Uint8Array([60, 47, 115, 116, 121, 108, 101]),
  TitleEnd: new Uint8Array([60, 47, 116, 105, 116, 108, 101])
  // `</title`
};

// node_modules/entities/lib/esm/generated/encode-html.js
function restoreDiff(arr) {
  for (let i = 1; i < arr.length; i++) {
    arr[i][0] += arr[i - 1][0] + 1;
  }
  return arr;
}
var encode_html_default = new Map(/* @__PURE__ */ restoreDiff([[9, "&Tab;"], [0, "&NewLine;"], [22, "&excl;"], [0, "&quot;"], [0, "&num;"], [0, "&dollar;"], [0, "&percnt;"], [0, "&amp;"], [0, "&apos;"], [0, "&lpar;"], [0, "&rpar;"], [0, "&ast;"], [0, "&plus;"], [0, "&comma;"], [1, "&period;"], [0, "&sol;"], [10, "&colon;"], [0, "&semi;"], [0, { v: "&lt;", n: 8402, o: "&nvlt;" }], [0, { v: "&equals;", n: 8421, o: "&bne;" }], [0, { v: "&gt;", n: 8402, o: "&nvgt;" }], [0, "&quest;"], [0, "&commat;"], [26, "&lbrack;"], [0, "&bsol;"], [0, "&rbrack;"], [0, "&Hat;"], [0, "&lowbar;"], [0, "&DiacriticalGrave;"], [5, { n: 106, o: "&fjlig;" }], [20, "&lbrace;"], [0, "&verbar;"], [0, "&rbrace;"], [34, "&nbsp;"], [0, "&iexcl;"], [0, "&cent;"], [0, "&pound;"], [0, "&curren;"], [0, "&yen;"], [0, "&brvbar;"], [0, "&sect;"], [0, "&die;"], [0, "&copy;"], [0, "&ordf;"], [0, "&laquo;"], [0, "&not;"], [0, "&shy;"], [0, "&circledR;"], [0, "&macr;"], [0, "&deg;"], [0, "&PlusMinus;"], [0, "&sup2;"], [0, "&sup3;"], [0, "&acute;"], [0, "&micro;"], [0, "&para;"], [0, "&centerdot;"], [0, "&cedil;"], [0, "&sup1;"], [0, "&ordm;"], [0, "&raquo;"], [0, "&frac14;"], [0, "&frac12;"], [0, "&frac34;"], [0, "&iquest;"], [0, "&Agrave;"], [0, "&Aacute;"], [0, "&Acirc;"], [0, "&Atilde;"], [0, "&Auml;"], [0, "&angst;"], [0, "&AElig;"], [0, "&Ccedil;"], [0, "&Egrave;"], [0, "&Eacute;"], [0, "&Ecirc;"], [0, "&Euml;"], [0, "&Igrave;"], [0, "&Iacute;"], [0, "&Icirc;"], [0, "&Iuml;"], [0, "&ETH;"], [0, "&Ntilde;"], [0, "&Ograve;"], [0, "&Oacute;"], [0, "&Ocirc;"], [0, "&Otilde;"], [0, "&Ouml;"], [0, "&times;"], [0, "&Oslash;"], [0, "&Ugrave;"], [0, "&Uacute;"], [0, "&Ucirc;"], [0, "&Uuml;"], [0, "&Yacute;"], [0, "&THORN;"], [0, "&szlig;"], [0, "&agrave;"], [0, "&aacute;"], [0, "&acirc;"], [0, "&atilde;"], [0, "&auml;"], [0, "&aring;"], [0, "&aelig;"], [0, "&ccedil;"], [0, "&egrave;"], [0, "&eacute;"], [0, "&ecirc;"], [0, "&euml;"], [0, "&igrave;"], [0, "&iacute;"], [0, "&icirc;"], [0, "&iuml;"], [0, "&eth;"], [0, "&ntilde;"], [0, "&ograve;"], [0, "&oacute;"], [0, "&ocirc;"], [0, "&otilde;"], [0, "&ouml;"], [0, "&div;"], [0, "&oslash;"], [0, "&ugrave;"], [0, "&uacute;"], [0, "&ucirc;"], [0, "&uuml;"], [0, "&yacute;"], [0, "&thorn;"], [0, "&yuml;"], [0, "&Amacr;"], [0, "&amacr;"], [0, "&Abreve;"], [0, "&abreve;"], [0, "&Aogon;"], [0, "&aogon;"], [0, "&Cacute;"], [0, "&cacute;"], [0, "&Ccirc;"], [0, "&ccirc;"], [0, "&Cdot;"], [0, "&cdot;"], [0, "&Ccaron;"], [0, "&ccaron;"], [0, "&Dcaron;"], [0, "&dcaron;"], [0, "&Dstrok;"], [0, "&dstrok;"], [0, "&Emacr;"], [0, "&emacr;"], [2, "&Edot;"], [0, "&edot;"], [0, "&Eogon;"], [0, "&eogon;"], [0, "&Ecaron;"], [0, "&ecaron;"], [0, "&Gcirc;"], [0, "&gcirc;"], [0, "&Gbreve;"], [0, "&gbreve;"], [0, "&Gdot;"], [0, "&gdot;"], [0, "&Gcedil;"], [1, "&Hcirc;"], [0, "&hcirc;"], [0, "&Hstrok;"], [0, "&hstrok;"], [0, "&Itilde;"], [0, "&itilde;"], [0, "&Imacr;"], [0, "&imacr;"], [2, "&Iogon;"], [0, "&iogon;"], [0, "&Idot;"], [0, "&imath;"], [0, "&IJlig;"], [0, "&ijlig;"], [0, "&Jcirc;"], [0, "&jcirc;"], [0, "&Kcedil;"], [0, "&kcedil;"], [0, "&kgreen;"], [0, "&Lacute;"], [0, "&lacute;"], [0, "&Lcedil;"], [0, "&lcedil;"], [0, "&Lcaron;"], [0, "&lcaron;"], [0, "&Lmidot;"], [0, "&lmidot;"], [0, "&Lstrok;"], [0, "&lstrok;"], [0, "&Nacute;"], [0, "&nacute;"], [0, "&Ncedil;"], [0, "&ncedil;"], [0, "&Ncaron;"], [0, "&ncaron;"], [0, "&napos;"], [0, "&ENG;"], [0, "&eng;"], [0, "&Omacr;"], [0, "&omacr;"], [2, "&Odblac;"], [0, "&odblac;"], [0, "&OElig;"], [0, "&oelig;"], [0, "&Racute;"], [0, "&racute;"], [0, "&Rcedil;"], [0, "&rcedil;"], [0, "&Rcaron;"], [0, "&rcaron;"], [0, "&Sacute;"], [0, "&sacute;"], [0, "&Scirc;"], [0, "&scirc;"], [0, "&Scedil;"], [0, "&scedil;"], [0, "&Scaron;"], [0, "&scaron;"], [0, "&Tcedil;"], [0, "&tcedil;"], [0, "&Tcaron;"], [0, "&tcaron;"], [0, "&Tstrok;"], [0, "&tstrok;"], [0, "&Utilde;"], [0, "&utilde;"], [0, "&Umacr;"], [0, "&umacr;"], [0, "&Ubreve;"], [0, "&ubreve;"], [0, "&Uring;"], [0, "&uring;"], [0, "&Udblac;"], [0, "&udblac;"], [0, "&Uogon;"], [0, "&uogon;"], [0, "&Wcirc;"], [0, "&wcirc;"], [0, "&Ycirc;"], [0, "&ycirc;"], [0, "&Yuml;"], [0, "&Zacute;"], [0, "&zacute;"], [0, "&Zdot;"], [0, "&zdot;"], [0, "&Zcaron;"], [0, "&zcaron;"], [19, "&fnof;"], [34, "&imped;"], [63, "&gacute;"], [65, "&jmath;"], [142, "&circ;"], [0, "&caron;"], [16, "&breve;"], [0, "&DiacriticalDot;"], [0, "&ring;"], [0, "&ogon;"], [0, "&DiacriticalTilde;"], [0, "&dblac;"], [51, "&DownBreve;"], [127, "&Alpha;"], [0, "&Beta;"], [0, "&Gamma;"], [0, "&Delta;"], [0, "&Epsilon;"], [0, "&Zeta;"], [0, "&Eta;"], [0, "&Theta;"], [0, "&Iota;"], [0, "&Kappa;"], [0, "&Lambda;"], [0, "&Mu;"], [0, "&Nu;"], [0, "&Xi;"], [0, "&Omicron;"], [0, "&Pi;"], [0, "&Rho;"], [1, "&Sigma;"], [0, "&Tau;"], [0, "&Upsilon;"], [0, "&Phi;"], [0, "&Chi;"], [0, "&Psi;"], [0, "&ohm;"], [7, "&alpha;"], [0, "&beta;"], [0, "&gamma;"], [0, "&delta;"], [0, "&epsi;"], [0, "&zeta;"], [0, "&eta;"], [0, "&theta;"], [0, "&iota;"], [0, "&kappa;"], [0, "&lambda;"], [0, "&mu;"], [0, "&nu;"], [0, "&xi;"], [0, "&omicron;"], [0, "&pi;"], [0, "&rho;"], [0, "&sigmaf;"], [0, "&sigma;"], [0, "&tau;"], [0, "&upsi;"], [0, "&phi;"], [0, "&chi;"], [0, "&psi;"], [0, "&omega;"], [7, "&thetasym;"], [0, "&Upsi;"], [2, "&phiv;"], [0, "&piv;"], [5, "&Gammad;"], [0, "&digamma;"], [18, "&kappav;"], [0, "&rhov;"], [3, "&epsiv;"], [0, "&backepsilon;"], [10, "&IOcy;"], [0, "&DJcy;"], [0, "&GJcy;"], [0, "&Jukcy;"], [0, "&DScy;"], [0, "&Iukcy;"], [0, "&YIcy;"], [0, "&Jsercy;"], [0, "&LJcy;"], [0, "&NJcy;"], [0, "&TSHcy;"], [0, "&KJcy;"], [1, "&Ubrcy;"], [0, "&DZcy;"], [0, "&Acy;"], [0, "&Bcy;"], [0, "&Vcy;"], [0, "&Gcy;"], [0, "&Dcy;"], [0, "&IEcy;"], [0, "&ZHcy;"], [0, "&Zcy;"], [0, "&Icy;"], [0, "&Jcy;"], [0, "&Kcy;"], [0, "&Lcy;"], [0, "&Mcy;"], [0, "&Ncy;"], [0, "&Ocy;"], [0, "&Pcy;"], [0, "&Rcy;"], [0, "&Scy;"], [0, "&Tcy;"], [0, "&Ucy;"], [0, "&Fcy;"], [0, "&KHcy;"], [0, "&TScy;"], [0, "&CHcy;"], [0, "&SHcy;"], [0, "&SHCHcy;"], [0, "&HARDcy;"], [0, "&Ycy;"], [0, "&SOFTcy;"], [0, "&Ecy;"], [0, "&YUcy;"], [0, "&YAcy;"], [0, "&acy;"], [0, "&bcy;"], [0, "&vcy;"], [0, "&gcy;"], [0, "&dcy;"], [0, "&iecy;"], [0, "&zhcy;"], [0, "&zcy;"], [0, "&icy;"], [0, "&jcy;"], [0, "&kcy;"], [0, "&lcy;"], [0, "&mcy;"], [0, "&ncy;"], [0, "&ocy;"], [0, "&pcy;"], [0, "&rcy;"], [0, "&scy;"], [0, "&tcy;"], [0, "&ucy;"], [0, "&fcy;"], [0, "&khcy;"], [0, "&tscy;"], [0, "&chcy;"], [0, "&shcy;"], [0, "&shchcy;"], [0, "&hardcy;"], [0, "&ycy;"], [0, "&softcy;"], [0, "&ecy;"], [0, "&yucy;"], [0, "&yacy;"], [1, "&iocy;"], [0, "&djcy;"], [0, "&gjcy;"], [0, "&jukcy;"], [0, "&dscy;"], [0, "&iukcy;"], [0, "&yicy;"], [0, "&jsercy;"], [0, "&ljcy;"], [0, "&njcy;"], [0, "&tshcy;"], [0, "&kjcy;"], [1, "&ubrcy;"], [0, "&dzcy;"], [7074, "&ensp;"], [0, "&emsp;"], [0, "&emsp13;"], [0, "&emsp14;"], [1, "&numsp;"], [0, "&puncsp;"], [0, "&ThinSpace;"], [0, "&hairsp;"], [0, "&NegativeMediumSpace;"], [0, "&zwnj;"], [0, "&zwj;"], [0, "&lrm;"], [0, "&rlm;"], [0, "&dash;"], [2, "&ndash;"], [0, "&mdash;"], [0, "&horbar;"], [0, "&Verbar;"], [1, "&lsquo;"], [0, "&CloseCurlyQuote;"], [0, "&lsquor;"], [1, "&ldquo;"], [0, "&CloseCurlyDoubleQuote;"], [0, "&bdquo;"], [1, "&dagger;"], [0, "&Dagger;"], [0, "&bull;"], [2, "&nldr;"], [0, "&hellip;"], [9, "&permil;"], [0, "&pertenk;"], [0, "&prime;"], [0, "&Prime;"], [0, "&tprime;"], [0, "&backprime;"], [3, "&lsaquo;"], [0, "&rsaquo;"], [3, "&oline;"], [2, "&caret;"], [1, "&hybull;"], [0, "&frasl;"], [10, "&bsemi;"], [7, "&qprime;"], [7, { v: "&MediumSpace;", n: 8202, o: "&ThickSpace;" }], [0, "&NoBreak;"], [0, "&af;"], [0, "&InvisibleTimes;"], [0, "&ic;"], [72, "&euro;"], [46, "&tdot;"], [0, "&DotDot;"], [37, "&complexes;"], [2, "&incare;"], [4, "&gscr;"], [0, "&hamilt;"], [0, "&Hfr;"], [0, "&Hopf;"], [0, "&planckh;"], [0, "&hbar;"], [0, "&imagline;"], [0, "&Ifr;"], [0, "&lagran;"], [0, "&ell;"], [1, "&naturals;"], [0, "&numero;"], [0, "&copysr;"], [0, "&weierp;"], [0, "&Popf;"], [0, "&Qopf;"], [0, "&realine;"], [0, "&real;"], [0, "&reals;"], [0, "&rx;"], [3, "&trade;"], [1, "&integers;"], [2, "&mho;"], [0, "&zeetrf;"], [0, "&iiota;"], [2, "&bernou;"], [0, "&Cayleys;"], [1, "&escr;"], [0, "&Escr;"], [0, "&Fouriertrf;"], [1, "&Mellintrf;"], [0, "&order;"], [0, "&alefsym;"], [0, "&beth;"], [0, "&gimel;"], [0, "&daleth;"], [12, "&CapitalDifferentialD;"], [0, "&dd;"], [0, "&ee;"], [0, "&ii;"], [10, "&frac13;"], [0, "&frac23;"], [0, "&frac15;"], [0, "&frac25;"], [0, "&frac35;"], [0, "&frac45;"], [0, "&frac16;"], [0, "&frac56;"], [0, "&frac18;"], [0, "&frac38;"], [0, "&frac58;"], [0, "&frac78;"], [49, "&larr;"], [0, "&ShortUpArrow;"], [0, "&rarr;"], [0, "&darr;"], [0, "&harr;"], [0, "&updownarrow;"], [0, "&nwarr;"], [0, "&nearr;"], [0, "&LowerRightArrow;"], [0, "&LowerLeftArrow;"], [0, "&nlarr;"], [0, "&nrarr;"], [1, { v: "&rarrw;", n: 824, o: "&nrarrw;" }], [0, "&Larr;"], [0, "&Uarr;"], [0, "&Rarr;"], [0, "&Darr;"], [0, "&larrtl;"], [0, "&rarrtl;"], [0, "&LeftTeeArrow;"], [0, "&mapstoup;"], [0, "&map;"], [0, "&DownTeeArrow;"], [1, "&hookleftarrow;"], [0, "&hookrightarrow;"], [0, "&larrlp;"], [0, "&looparrowright;"], [0, "&harrw;"], [0, "&nharr;"], [1, "&lsh;"], [0, "&rsh;"], [0, "&ldsh;"], [0, "&rdsh;"], [1, "&crarr;"], [0, "&cularr;"], [0, "&curarr;"], [2, "&circlearrowleft;"], [0, "&circlearrowright;"], [0, "&leftharpoonup;"], [0, "&DownLeftVector;"], [0, "&RightUpVector;"], [0, "&LeftUpVector;"], [0, "&rharu;"], [0, "&DownRightVector;"], [0, "&dharr;"], [0, "&dharl;"], [0, "&RightArrowLeftArrow;"], [0, "&udarr;"], [0, "&LeftArrowRightArrow;"], [0, "&leftleftarrows;"], [0, "&upuparrows;"], [0, "&rightrightarrows;"], [0, "&ddarr;"], [0, "&leftrightharpoons;"], [0, "&Equilibrium;"], [0, "&nlArr;"], [0, "&nhArr;"], [0, "&nrArr;"], [0, "&DoubleLeftArrow;"], [0, "&DoubleUpArrow;"], [0, "&DoubleRightArrow;"], [0, "&dArr;"], [0, "&DoubleLeftRightArrow;"], [0, "&DoubleUpDownArrow;"], [0, "&nwArr;"], [0, "&neArr;"], [0, "&seArr;"], [0, "&swArr;"], [0, "&lAarr;"], [0, "&rAarr;"], [1, "&zigrarr;"], [6, "&larrb;"], [0, "&rarrb;"], [15, "&DownArrowUpArrow;"], [7, "&loarr;"], [0, "&roarr;"], [0, "&hoarr;"], [0, "&forall;"], [0, "&comp;"], [0, { v: "&part;", n: 824, o: "&npart;" }], [0, "&exist;"], [0, "&nexist;"], [0, "&empty;"], [1, "&Del;"], [0, "&Element;"], [0, "&NotElement;"], [1, "&ni;"], [0, "&notni;"], [2, "&prod;"], [0, "&coprod;"], [0, "&sum;"], [0, "&minus;"], [0, "&MinusPlus;"], [0, "&dotplus;"], [1, "&Backslash;"], [0, "&lowast;"], [0, "&compfn;"], [1, "&radic;"], [2, "&prop;"], [0, "&infin;"], [0, "&angrt;"], [0, { v: "&ang;", n: 8402, o: "&nang;" }], [0, "&angmsd;"], [0, "&angsph;"], [0, "&mid;"], [0, "&nmid;"], [0, "&DoubleVerticalBar;"], [0, "&NotDoubleVerticalBar;"], [0, "&and;"], [0, "&or;"], [0, { v: "&cap;", n: 65024, o: "&caps;" }], [0, { v: "&cup;", n: 65024, o: "&cups;" }], [0, "&int;"], [0, "&Int;"], [0, "&iiint;"], [0, "&conint;"], [0, "&Conint;"], [0, "&Cconint;"], [0, "&cwint;"], [0, "&ClockwiseContourIntegral;"], [0, "&awconint;"], [0, "&there4;"], [0, "&becaus;"], [0, "&ratio;"], [0, "&Colon;"], [0, "&dotminus;"], [1, "&mDDot;"], [0, "&homtht;"], [0, { v: "&sim;", n: 8402, o: "&nvsim;" }], [0, { v: "&backsim;", n: 817, o: "&race;" }], [0, { v: "&ac;", n: 819, o: "&acE;" }], [0, "&acd;"], [0, "&VerticalTilde;"], [0, "&NotTilde;"], [0, { v: "&eqsim;", n: 824, o: "&nesim;" }], [0, "&sime;"], [0, "&NotTildeEqual;"], [0, "&cong;"], [0, "&simne;"], [0, "&ncong;"], [0, "&ap;"], [0, "&nap;"], [0, "&ape;"], [0, { v: "&apid;", n: 824, o: "&napid;" }], [0, "&backcong;"], [0, { v: "&asympeq;", n: 8402, o: "&nvap;" }], [0, { v: "&bump;", n: 824, o: "&nbump;" }], [0, { v: "&bumpe;", n: 824, o: "&nbumpe;" }], [0, { v: "&doteq;", n: 824, o: "&nedot;" }], [0, "&doteqdot;"], [0, "&efDot;"], [0, "&erDot;"], [0, "&Assign;"], [0, "&ecolon;"], [0, "&ecir;"], [0, "&circeq;"], [1, "&wedgeq;"], [0, "&veeeq;"], [1, "&triangleq;"], [2, "&equest;"], [0, "&ne;"], [0, { v: "&Congruent;", n: 8421, o: "&bnequiv;" }], [0, "&nequiv;"], [1, { v: "&le;", n: 8402, o: "&nvle;" }], [0, { v: "&ge;", n: 8402, o: "&nvge;" }], [0, { v: "&lE;", n: 824, o: "&nlE;" }], [0, { v: "&gE;", n: 824, o: "&ngE;" }], [0, { v: "&lnE;", n: 65024, o: "&lvertneqq;" }], [0, { v: "&gnE;", n: 65024, o: "&gvertneqq;" }], [0, { v: "&ll;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nLtv;"], [7577, "&nLt;"]])) }], [0, { v: "&gg;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nGtv;"], [7577, "&nGt;"]])) }], [0, "&between;"], [0, "&NotCupCap;"], [0, "&nless;"], [0, "&ngt;"], [0, "&nle;"], [0, "&nge;"], [0, "&lesssim;"], [0, "&GreaterTilde;"], [0, "&nlsim;"], [0, "&ngsim;"], [0, "&LessGreater;"], [0, "&gl;"], [0, "&NotLessGreater;"], [0, "&NotGreaterLess;"], [0, "&pr;"], [0, "&sc;"], [0, "&prcue;"], [0, "&sccue;"], [0, "&PrecedesTilde;"], [0, { v: "&scsim;", n: 824, o: "&NotSucceedsTilde;" }], [0, "&NotPrecedes;"], [0, "&NotSucceeds;"], [0, { v: "&sub;", n: 8402, o: "&NotSubset;" }], [0, { v: "&sup;", n: 8402, o: "&NotSuperset;" }], [0, "&nsub;"], [0, "&nsup;"], [0, "&sube;"], [0, "&supe;"], [0, "&NotSubsetEqual;"], [0, "&NotSupersetEqual;"], [0, { v: "&subne;", n: 65024, o: "&varsubsetneq;" }], [0, { v: "&supne;", n: 65024, o: "&varsupsetneq;" }], [1, "&cupdot;"], [0, "&UnionPlus;"], [0, { v: "&sqsub;", n: 824, o: "&NotSquareSubset;" }], [0, { v: "&sqsup;", n: 824, o: "&NotSquareSuperset;" }], [0, "&sqsube;"], [0, "&sqsupe;"], [0, { v: "&sqcap;", n: 65024, o: "&sqcaps;" }], [0, { v: "&sqcup;", n: 65024, o: "&sqcups;" }], [0, "&CirclePlus;"], [0, "&CircleMinus;"], [0, "&CircleTimes;"], [0, "&osol;"], [0, "&CircleDot;"], [0, "&circledcirc;"], [0, "&circledast;"], [1, "&circleddash;"], [0, "&boxplus;"], [0, "&boxminus;"], [0, "&boxtimes;"], [0, "&dotsquare;"], [0, "&RightTee;"], [0, "&dashv;"], [0, "&DownTee;"], [0, "&bot;"], [1, "&models;"], [0, "&DoubleRightTee;"], [0, "&Vdash;"], [0, "&Vvdash;"], [0, "&VDash;"], [0, "&nvdash;"], [0, "&nvDash;"], [0, "&nVdash;"], [0, "&nVDash;"], [0, "&prurel;"], [1, "&LeftTriangle;"], [0, "&RightTriangle;"], [0, { v: "&LeftTriangleEqual;", n: 8402, o: "&nvltrie;" }], [0, { v: "&RightTriangleEqual;", n: 8402, o: "&nvrtrie;" }], [0, "&origof;"], [0, "&imof;"], [0, "&multimap;"], [0, "&hercon;"], [0, "&intcal;"], [0, "&veebar;"], [1, "&barvee;"], [0, "&angrtvb;"], [0, "&lrtri;"], [0, "&bigwedge;"], [0, "&bigvee;"], [0, "&bigcap;"], [0, "&bigcup;"], [0, "&diam;"], [0, "&sdot;"], [0, "&sstarf;"], [0, "&divideontimes;"], [0, "&bowtie;"], [0, "&ltimes;"], [0, "&rtimes;"], [0, "&leftthreetimes;"], [0, "&rightthreetimes;"], [0, "&backsimeq;"], [0, "&curlyvee;"], [0, "&curlywedge;"], [0, "&Sub;"], [0, "&Sup;"], [0, "&Cap;"], [0, "&Cup;"], [0, "&fork;"], [0, "&epar;"], [0, "&lessdot;"], [0, "&gtdot;"], [0, { v: "&Ll;", n: 824, o: "&nLl;" }], [0, { v: "&Gg;", n: 824, o: "&nGg;" }], [0, { v: "&leg;", n: 65024, o: "&lesg;" }], [0, { v: "&gel;", n: 65024, o: "&gesl;" }], [2, "&cuepr;"], [0, "&cuesc;"], [0, "&NotPrecedesSlantEqual;"], [0, "&NotSucceedsSlantEqual;"], [0, "&NotSquareSubsetEqual;"], [0, "&NotSquareSupersetEqual;"], [2, "&lnsim;"], [0, "&gnsim;"], [0, "&precnsim;"], [0, "&scnsim;"], [0, "&nltri;"], [0, "&NotRightTriangle;"], [0, "&nltrie;"], [0, "&NotRightTriangleEqual;"], [0, "&vellip;"], [0, "&ctdot;"], [0, "&utdot;"], [0, "&dtdot;"], [0, "&disin;"], [0, "&isinsv;"], [0, "&isins;"], [0, { v: "&isindot;", n: 824, o: "&notindot;" }], [0, "&notinvc;"], [0, "&notinvb;"], [1, { v: "&isinE;", n: 824, o: "&notinE;" }], [0, "&nisd;"], [0, "&xnis;"], [0, "&nis;"], [0, "&notnivc;"], [0, "&notnivb;"], [6, "&barwed;"], [0, "&Barwed;"], [1, "&lceil;"], [0, "&rceil;"], [0, "&LeftFloor;"], [0, "&rfloor;"], [0, "&drcrop;"], [0, "&dlcrop;"], [0, "&urcrop;"], [0, "&ulcrop;"], [0, "&bnot;"], [1, "&profline;"], [0, "&profsurf;"], [1, "&telrec;"], [0, "&target;"], [5, "&ulcorn;"], [0, "&urcorn;"], [0, "&dlcorn;"], [0, "&drcorn;"], [2, "&frown;"], [0, "&smile;"], [9, "&cylcty;"], [0, "&profalar;"], [7, "&topbot;"], [6, "&ovbar;"], [1, "&solbar;"], [60, "&angzarr;"], [51, "&lmoustache;"], [0, "&rmoustache;"], [2, "&OverBracket;"], [0, "&bbrk;"], [0, "&bbrktbrk;"], [37, "&OverParenthesis;"], [0, "&UnderParenthesis;"], [0, "&OverBrace;"], [0, "&UnderBrace;"], [2, "&trpezium;"], [4, "&elinters;"], [59, "&blank;"], [164, "&circledS;"], [55, "&boxh;"], [1, "&boxv;"], [9, "&boxdr;"], [3, "&boxdl;"], [3, "&boxur;"], [3, "&boxul;"], [3, "&boxvr;"], [7, "&boxvl;"], [7, "&boxhd;"], [7, "&boxhu;"], [7, "&boxvh;"], [19, "&boxH;"], [0, "&boxV;"], [0, "&boxdR;"], [0, "&boxDr;"], [0, "&boxDR;"], [0, "&boxdL;"], [0, "&boxDl;"], [0, "&boxDL;"], [0, "&boxuR;"], [0, "&boxUr;"], [0, "&boxUR;"], [0, "&boxuL;"], [0, "&boxUl;"], [0, "&boxUL;"], [0, "&boxvR;"], [0, "&boxVr;"], [0, "&boxVR;"], [0, "&boxvL;"], [0, "&boxVl;"], [0, "&boxVL;"], [0, "&boxHd;"], [0, "&boxhD;"], [0, "&boxHD;"], [0, "&boxHu;"], [0, "&boxhU;"], [0, "&boxHU;"], [0, "&boxvH;"], [0, "&boxVh;"], [0, "&boxVH;"], [19, "&uhblk;"], [3, "&lhblk;"], [3, "&block;"], [8, "&blk14;"], [0, "&blk12;"], [0, "&blk34;"], [13, "&square;"], [8, "&blacksquare;"], [0, "&EmptyVerySmallSquare;"], [1, "&rect;"], [0, "&marker;"], [2, "&fltns;"], [1, "&bigtriangleup;"], [0, "&blacktriangle;"], [0, "&triangle;"], [2, "&blacktriangleright;"], [0, "&rtri;"], [3, "&bigtriangledown;"], [0, "&blacktriangledown;"], [0, "&dtri;"], [2, "&blacktriangleleft;"], [0, "&ltri;"], [6, "&loz;"], [0, "&cir;"], [32, "&tridot;"], [2, "&bigcirc;"], [8, "&ultri;"], [0, "&urtri;"], [0, "&lltri;"], [0, "&EmptySmallSquare;"], [0, "&FilledSmallSquare;"], [8, "&bigstar;"], [0, "&star;"], [7, "&phone;"], [49, "&female;"], [1, "&male;"], [29, "&spades;"], [2, "&clubs;"], [1, "&hearts;"], [0, "&diamondsuit;"], [3, "&sung;"], [2, "&flat;"], [0, "&natural;"], [0, "&sharp;"], [163, "&check;"], [3, "&cross;"], [8, "&malt;"], [21, "&sext;"], [33, "&VerticalSeparator;"], [25, "&lbbrk;"], [0, "&rbbrk;"], [84, "&bsolhsub;"], [0, "&suphsol;"], [28, "&LeftDoubleBracket;"], [0, "&RightDoubleBracket;"], [0, "&lang;"], [0, "&rang;"], [0, "&Lang;"], [0, "&Rang;"], [0, "&loang;"], [0, "&roang;"], [7, "&longleftarrow;"], [0, "&longrightarrow;"], [0, "&longleftrightarrow;"], [0, "&DoubleLongLeftArrow;"], [0, "&DoubleLongRightArrow;"], [0, "&DoubleLongLeftRightArrow;"], [1, "&longmapsto;"], [2, "&dzigrarr;"], [258, "&nvlArr;"], [0, "&nvrArr;"], [0, "&nvHarr;"], [0, "&Map;"], [6, "&lbarr;"], [0, "&bkarow;"], [0, "&lBarr;"], [0, "&dbkarow;"], [0, "&drbkarow;"], [0, "&DDotrahd;"], [0, "&UpArrowBar;"], [0, "&DownArrowBar;"], [2, "&Rarrtl;"], [2, "&latail;"], [0, "&ratail;"], [0, "&lAtail;"], [0, "&rAtail;"], [0, "&larrfs;"], [0, "&rarrfs;"], [0, "&larrbfs;"], [0, "&rarrbfs;"], [2, "&nwarhk;"], [0, "&nearhk;"], [0, "&hksearow;"], [0, "&hkswarow;"], [0, "&nwnear;"], [0, "&nesear;"], [0, "&seswar;"], [0, "&swnwar;"], [8, { v: "&rarrc;", n: 824, o: "&nrarrc;" }], [1, "&cudarrr;"], [0, "&ldca;"], [0, "&rdca;"], [0, "&cudarrl;"], [0, "&larrpl;"], [2, "&curarrm;"], [0, "&cularrp;"], [7, "&rarrpl;"], [2, "&harrcir;"], [0, "&Uarrocir;"], [0, "&lurdshar;"], [0, "&ldrushar;"], [2, "&LeftRightVector;"], [0, "&RightUpDownVector;"], [0, "&DownLeftRightVector;"], [0, "&LeftUpDownVector;"], [0, "&LeftVectorBar;"], [0, "&RightVectorBar;"], [0, "&RightUpVectorBar;"], [0, "&RightDownVectorBar;"], [0, "&DownLeftVectorBar;"], [0, "&DownRightVectorBar;"], [0, "&LeftUpVectorBar;"], [0, "&LeftDownVectorBar;"], [0, "&LeftTeeVector;"], [0, "&RightTeeVector;"], [0, "&RightUpTeeVector;"], [0, "&RightDownTeeVector;"], [0, "&DownLeftTeeVector;"], [0, "&DownRightTeeVector;"], [0, "&LeftUpTeeVector;"], [0, "&LeftDownTeeVector;"], [0, "&lHar;"], [0, "&uHar;"], [0, "&rHar;"], [0, "&dHar;"], [0, "&luruhar;"], [0, "&ldrdhar;"], [0, "&ruluhar;"], [0, "&rdldhar;"], [0, "&lharul;"], [0, "&llhard;"], [0, "&rharul;"], [0, "&lrhard;"], [0, "&udhar;"], [0, "&duhar;"], [0, "&RoundImplies;"], [0, "&erarr;"], [0, "&simrarr;"], [0, "&larrsim;"], [0, "&rarrsim;"], [0, "&rarrap;"], [0, "&ltlarr;"], [1, "&gtrarr;"], [0, "&subrarr;"], [1, "&suplarr;"], [0, "&lfisht;"], [0, "&rfisht;"], [0, "&ufisht;"], [0, "&dfisht;"], [5, "&lopar;"], [0, "&ropar;"], [4, "&lbrke;"], [0, "&rbrke;"], [0, "&lbrkslu;"], [0, "&rbrksld;"], [0, "&lbrksld;"], [0, "&rbrkslu;"], [0, "&langd;"], [0, "&rangd;"], [0, "&lparlt;"], [0, "&rpargt;"], [0, "&gtlPar;"], [0, "&ltrPar;"], [3, "&vzigzag;"], [1, "&vangrt;"], [0, "&angrtvbd;"], [6, "&ange;"], [0, "&range;"], [0, "&dwangle;"], [0, "&uwangle;"], [0, "&angmsdaa;"], [0, "&angmsdab;"], [0, "&angmsdac;"], [0, "&angmsdad;"], [0, "&angmsdae;"], [0, "&angmsdaf;"], [0, "&angmsdag;"], [0, "&angmsdah;"], [0, "&bemptyv;"], [0, "&demptyv;"], [0, "&cemptyv;"], [0, "&raemptyv;"], [0, "&laemptyv;"], [0, "&ohbar;"], [0, "&omid;"], [0, "&opar;"], [1, "&operp;"], [1, "&olcross;"], [0, "&odsold;"], [1, "&olcir;"], [0, "&ofcir;"], [0, "&olt;"], [0, "&ogt;"], [0, "&cirscir;"], [0, "&cirE;"], [0, "&solb;"], [0, "&bsolb;"], [3, "&boxbox;"], [3, "&trisb;"], [0, "&rtriltri;"], [0, { v: "&LeftTriangleBar;", n: 824, o: "&NotLeftTriangleBar;" }], [0, { v: "&RightTriangleBar;", n: 824, o: "&NotRightTriangleBar;" }], [11, "&iinfin;"], [0, "&infintie;"], [0, "&nvinfin;"], [4, "&eparsl;"], [0, "&smeparsl;"], [0, "&eqvparsl;"], [5, "&blacklozenge;"], [8, "&RuleDelayed;"], [1, "&dsol;"], [9, "&bigodot;"], [0, "&bigoplus;"], [0, "&bigotimes;"], [1, "&biguplus;"], [1, "&bigsqcup;"], [5, "&iiiint;"], [0, "&fpartint;"], [2, "&cirfnint;"], [0, "&awint;"], [0, "&rppolint;"], [0, "&scpolint;"], [0, "&npolint;"], [0, "&pointint;"], [0, "&quatint;"], [0, "&intlarhk;"], [10, "&pluscir;"], [0, "&plusacir;"], [0, "&simplus;"], [0, "&plusdu;"], [0, "&plussim;"], [0, "&plustwo;"], [1, "&mcomma;"], [0, "&minusdu;"], [2, "&loplus;"], [0, "&roplus;"], [0, "&Cross;"], [0, "&timesd;"], [0, "&timesbar;"], [1, "&smashp;"], [0, "&lotimes;"], [0, "&rotimes;"], [0, "&otimesas;"], [0, "&Otimes;"], [0, "&odiv;"], [0, "&triplus;"], [0, "&triminus;"], [0, "&tritime;"], [0, "&intprod;"], [2, "&amalg;"], [0, "&capdot;"], [1, "&ncup;"], [0, "&ncap;"], [0, "&capand;"], [0, "&cupor;"], [0, "&cupcap;"], [0, "&capcup;"], [0, "&cupbrcap;"], [0, "&capbrcup;"], [0, "&cupcup;"], [0, "&capcap;"], [0, "&ccups;"], [0, "&ccaps;"], [2, "&ccupssm;"], [2, "&And;"], [0, "&Or;"], [0, "&andand;"], [0, "&oror;"], [0, "&orslope;"], [0, "&andslope;"], [1, "&andv;"], [0, "&orv;"], [0, "&andd;"], [0, "&ord;"], [1, "&wedbar;"], [6, "&sdote;"], [3, "&simdot;"], [2, { v: "&congdot;", n: 824, o: "&ncongdot;" }], [0, "&easter;"], [0, "&apacir;"], [0, { v: "&apE;", n: 824, o: "&napE;" }], [0, "&eplus;"], [0, "&pluse;"], [0, "&Esim;"], [0, "&Colone;"], [0, "&Equal;"], [1, "&ddotseq;"], [0, "&equivDD;"], [0, "&ltcir;"], [0, "&gtcir;"], [0, "&ltquest;"], [0, "&gtquest;"], [0, { v: "&leqslant;", n: 824, o: "&nleqslant;" }], [0, { v: "&geqslant;", n: 824, o: "&ngeqslant;" }], [0, "&lesdot;"], [0, "&gesdot;"], [0, "&lesdoto;"], [0, "&gesdoto;"], [0, "&lesdotor;"], [0, "&gesdotol;"], [0, "&lap;"], [0, "&gap;"], [0, "&lne;"], [0, "&gne;"], [0, "&lnap;"], [0, "&gnap;"], [0, "&lEg;"], [0, "&gEl;"], [0, "&lsime;"], [0, "&gsime;"], [0, "&lsimg;"], [0, "&gsiml;"], [0, "&lgE;"], [0, "&glE;"], [0, "&lesges;"], [0, "&gesles;"], [0, "&els;"], [0, "&egs;"], [0, "&elsdot;"], [0, "&egsdot;"], [0, "&el;"], [0, "&eg;"], [2, "&siml;"], [0, "&simg;"], [0, "&simlE;"], [0, "&simgE;"], [0, { v: "&LessLess;", n: 824, o: "&NotNestedLessLess;" }], [0, { v: "&GreaterGreater;", n: 824, o: "&NotNestedGreaterGreater;" }], [1, "&glj;"], [0, "&gla;"], [0, "&ltcc;"], [0, "&gtcc;"], [0, "&lescc;"], [0, "&gescc;"], [0, "&smt;"], [0, "&lat;"], [0, { v: "&smte;", n: 65024, o: "&smtes;" }], [0, { v: "&late;", n: 65024, o: "&lates;" }], [0, "&bumpE;"], [0, { v: "&PrecedesEqual;", n: 824, o: "&NotPrecedesEqual;" }], [0, { v: "&sce;", n: 824, o: "&NotSucceedsEqual;" }], [2, "&prE;"], [0, "&scE;"], [0, "&precneqq;"], [0, "&scnE;"], [0, "&prap;"], [0, "&scap;"], [0, "&precnapprox;"], [0, "&scnap;"], [0, "&Pr;"], [0, "&Sc;"], [0, "&subdot;"], [0, "&supdot;"], [0, "&subplus;"], [0, "&supplus;"], [0, "&submult;"], [0, "&supmult;"], [0, "&subedot;"], [0, "&supedot;"], [0, { v: "&subE;", n: 824, o: "&nsubE;" }], [0, { v: "&supE;", n: 824, o: "&nsupE;" }], [0, "&subsim;"], [0, "&supsim;"], [2, { v: "&subnE;", n: 65024, o: "&varsubsetneqq;" }], [0, { v: "&supnE;", n: 65024, o: "&varsupsetneqq;" }], [2, "&csub;"], [0, "&csup;"], [0, "&csube;"], [0, "&csupe;"], [0, "&subsup;"], [0, "&supsub;"], [0, "&subsub;"], [0, "&supsup;"], [0, "&suphsub;"], [0, "&supdsub;"], [0, "&forkv;"], [0, "&topfork;"], [0, "&mlcp;"], [8, "&Dashv;"], [1, "&Vdashl;"], [0, "&Barv;"], [0, "&vBar;"], [0, "&vBarv;"], [1, "&Vbar;"], [0, "&Not;"], [0, "&bNot;"], [0, "&rnmid;"], [0, "&cirmid;"], [0, "&midcir;"], [0, "&topcir;"], [0, "&nhpar;"], [0, "&parsim;"], [9, { v: "&parsl;", n: 8421, o: "&nparsl;" }], [44343, { n: new Map(/* @__PURE__ */ restoreDiff([[56476, "&Ascr;"], [1, "&Cscr;"], [0, "&Dscr;"], [2, "&Gscr;"], [2, "&Jscr;"], [0, "&Kscr;"], [2, "&Nscr;"], [0, "&Oscr;"], [0, "&Pscr;"], [0, "&Qscr;"], [1, "&Sscr;"], [0, "&Tscr;"], [0, "&Uscr;"], [0, "&Vscr;"], [0, "&Wscr;"], [0, "&Xscr;"], [0, "&Yscr;"], [0, "&Zscr;"], [0, "&ascr;"], [0, "&bscr;"], [0, "&cscr;"], [0, "&dscr;"], [1, "&fscr;"], [1, "&hscr;"], [0, "&iscr;"], [0, "&jscr;"], [0, "&kscr;"], [0, "&lscr;"], [0, "&mscr;"], [0, "&nscr;"], [1, "&pscr;"], [0, "&qscr;"], [0, "&rscr;"], [0, "&sscr;"], [0, "&tscr;"], [0, "&uscr;"], [0, "&vscr;"], [0, "&wscr;"], [0, "&xscr;"], [0, "&yscr;"], [0, "&zscr;"], [52, "&Afr;"], [0, "&Bfr;"], [1, "&Dfr;"], [0, "&Efr;"], [0, "&Ffr;"], [0, "&Gfr;"], [2, "&Jfr;"], [0, "&Kfr;"], [0, "&Lfr;"], [0, "&Mfr;"], [0, "&Nfr;"], [0, "&Ofr;"], [0, "&Pfr;"], [0, "&Qfr;"], [1, "&Sfr;"], [0, "&Tfr;"], [0, "&Ufr;"], [0, "&Vfr;"], [0, "&Wfr;"], [0, "&Xfr;"], [0, "&Yfr;"], [1, "&afr;"], [0, "&bfr;"], [0, "&cfr;"], [0, "&dfr;"], [0, "&efr;"], [0, "&ffr;"], [0, "&gfr;"], [0, "&hfr;"], [0, "&ifr;"], [0, "&jfr;"], [0, "&kfr;"], [0, "&lfr;"], [0, "&mfr;"], [0, "&nfr;"], [0, "&ofr;"], [0, "&pfr;"], [0, "&qfr;"], [0, "&rfr;"], [0, "&sfr;"], [0, "&tfr;"], [0, "&ufr;"], [0, "&vfr;"], [0, "&wfr;"], [0, "&xfr;"], [0, "&yfr;"], [0, "&zfr;"], [0, "&Aopf;"], [0, "&Bopf;"], [1, "&Dopf;"], [0, "&Eopf;"], [0, "&Fopf;"], [0, "&Gopf;"], [1, "&Iopf;"], [0, "&Jopf;"], [0, "&Kopf;"], [0, "&Lopf;"], [0, "&Mopf;"], [1, "&Oopf;"], [3, "&Sopf;"], [0, "&Topf;"], [0, "&Uopf;"], [0, "&Vopf;"], [0, "&Wopf;"], [0, "&Xopf;"], [0, "&Yopf;"], [1, "&aopf;"], [0, "&bopf;"], [0, "&copf;"], [0, "&dopf;"], [0, "&eopf;"], [0, "&fopf;"], [0, "&gopf;"], [0, "&hopf;"], [0, "&iopf;"], [0, "&jopf;"], [0, "&kopf;"], [0, "&lopf;"], [0, "&mopf;"], [0, "&nopf;"], [0, "&oopf;"], [0, "&popf;"], [0, "&qopf;"], [0, "&ropf;"], [0, "&sopf;"], [0, "&topf;"], [0, "&uopf;"], [0, "&vopf;"], [0, "&wopf;"], [0, "&xopf;"], [0, "&yopf;"], [0, "&zopf;"]])) }], [8906, "&fflig;"], [0, "&filig;"], [0, "&fllig;"], [0, "&ffilig;"], [0, "&ffllig;"]]));

// node_modules/entities/lib/esm/escape.js
var xmlCodeMap = /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [39, "&apos;"],
  [60, "&lt;"],
  [62, "&gt;"]
]);
var getCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  String.prototype.codePointAt != null ? (str2, index) => str2.codePointAt(index) : (
    // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
    (c, index) => (c.charCodeAt(index) & 64512) === 55296 ? (c.charCodeAt(index) - 55296) * 1024 + c.charCodeAt(index + 1) - 56320 + 65536 : c.charCodeAt(index)
  )
);
function getEscaper(regex, map) {
  return function escape2(data) {
    let match;
    let lastIdx = 0;
    let result5 = "";
    while (match = regex.exec(data)) {
      if (lastIdx !== match.index) {
        result5 += data.substring(lastIdx, match.index);
      }
      result5 += map.get(match[0].charCodeAt(0));
      lastIdx = match.index + 1;
    }
    return result5 + data.substring(lastIdx);
  };
}
var escapeUTF8 = getEscaper(/[&<>'"]/g, xmlCodeMap);
var escapeAttribute = getEscaper(/["&\u00A0]/g, /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [160, "&nbsp;"]
]));
var escapeText = getEscaper(/[&<>\u00A0]/g, /* @__PURE__ */ new Map([
  [38, "&amp;"],
  [60, "&lt;"],
  [62, "&gt;"],
  [160, "&nbsp;"]
]));

// node_modules/entities/lib/esm/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// node_modules/dom-serializer/lib/esm/foreignNames.js
var elementNames = new Map([
  "altGlyph",
  "altGlyphDef",
  "altGlyphItem",
  "animateColor",
  "animateMotion",
  "animateTransform",
  "clipPath",
  "feBlend",
  "feColorMatrix",
  "feComponentTransfer",
  "feComposite",
  "feConvolveMatrix",
  "feDiffuseLighting",
  "feDisplacementMap",
  "feDistantLight",
  "feDropShadow",
  "feFlood",
  "feFuncA",
  "feFuncB",
  "feFuncG",
  "feFuncR",
  "feGaussianBlur",
  "feImage",
  "feMerge",
  "feMergeNode",
  "feMorphology",
  "feOffset",
  "fePointLight",
  "feSpecularLighting",
  "feSpotLight",
  "feTile",
  "feTurbulence",
  "foreignObject",
  "glyphRef",
  "linearGradient",
  "radialGradient",
  "textPath"
].map((val) => [val.toLowerCase(), val]));
var attributeNames = new Map([
  "definitionURL",
  "attributeName",
  "attributeType",
  "baseFrequency",
  "baseProfile",
  "calcMode",
  "clipPathUnits",
  "diffuseConstant",
  "edgeMode",
  "filterUnits",
  "glyphRef",
  "gradientTransform",
  "gradientUnits",
  "kernelMatrix",
  "kernelUnitLength",
  "keyPoints",
  "keySplines",
  "keyTimes",
  "lengthAdjust",
  "limitingConeAngle",
  "markerHeight",
  "markerUnits",
  "markerWidth",
  "maskContentUnits",
  "maskUnits",
  "numOctaves",
  "pathLength",
  "patternContentUnits",
  "patternTransform",
  "patternUnits",
  "pointsAtX",
  "pointsAtY",
  "pointsAtZ",
  "preserveAlpha",
  "preserveAspectRatio",
  "primitiveUnits",
  "refX",
  "refY",
  "repeatCount",
  "repeatDur",
  "requiredExtensions",
  "requiredFeatures",
  "specularConstant",
  "specularExponent",
  "spreadMethod",
  "startOffset",
  "stdDeviation",
  "stitchTiles",
  "surfaceScale",
  "systemLanguage",
  "tableValues",
  "targetX",
  "targetY",
  "textLength",
  "viewBox",
  "viewTarget",
  "xChannelSelector",
  "yChannelSelector",
  "zoomAndPan"
].map((val) => [val.toLowerCase(), val]));

// node_modules/domutils/lib/esm/helpers.js
var DocumentPosition;
(function(DocumentPosition2) {
  DocumentPosition2[DocumentPosition2["DISCONNECTED"] = 1] = "DISCONNECTED";
  DocumentPosition2[DocumentPosition2["PRECEDING"] = 2] = "PRECEDING";
  DocumentPosition2[DocumentPosition2["FOLLOWING"] = 4] = "FOLLOWING";
  DocumentPosition2[DocumentPosition2["CONTAINS"] = 8] = "CONTAINS";
  DocumentPosition2[DocumentPosition2["CONTAINED_BY"] = 16] = "CONTAINED_BY";
})(DocumentPosition || (DocumentPosition = {}));

// node_modules/html-to-text/lib/html-to-text.mjs
var import_deepmerge = __toESM(require_cjs(), 1);
var DEFAULT_OPTIONS = {
  baseElements: {
    selectors: ["body"],
    orderBy: "selectors",
    // 'selectors' | 'occurrence'
    returnDomByDefault: true
  },
  decodeEntities: true,
  encodeCharacters: {},
  formatters: {},
  limits: {
    ellipsis: "...",
    maxBaseElements: void 0,
    maxChildNodes: void 0,
    maxDepth: void 0,
    maxInputLength: 1 << 24
    // 16_777_216
  },
  longWordSplit: {
    forceWrapOnLimit: false,
    wrapCharacters: []
  },
  preserveNewlines: false,
  selectors: [
    { selector: "*", format: "inline" },
    {
      selector: "a",
      format: "anchor",
      options: {
        baseUrl: null,
        hideLinkHrefIfSameAsText: false,
        ignoreHref: false,
        linkBrackets: ["[", "]"],
        noAnchorUrl: true
      }
    },
    { selector: "article", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "aside", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    {
      selector: "blockquote",
      format: "blockquote",
      options: { leadingLineBreaks: 2, trailingLineBreaks: 2, trimEmptyLines: true }
    },
    { selector: "br", format: "lineBreak" },
    { selector: "div", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "footer", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "form", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "h1", format: "heading", options: { leadingLineBreaks: 3, trailingLineBreaks: 2, uppercase: true } },
    { selector: "h2", format: "heading", options: { leadingLineBreaks: 3, trailingLineBreaks: 2, uppercase: true } },
    { selector: "h3", format: "heading", options: { leadingLineBreaks: 3, trailingLineBreaks: 2, uppercase: true } },
    { selector: "h4", format: "heading", options: { leadingLineBreaks: 2, trailingLineBreaks: 2, uppercase: true } },
    { selector: "h5", format: "heading", options: { leadingLineBreaks: 2, trailingLineBreaks: 2, uppercase: true } },
    { selector: "h6", format: "heading", options: { leadingLineBreaks: 2, trailingLineBreaks: 2, uppercase: true } },
    { selector: "header", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    {
      selector: "hr",
      format: "horizontalLine",
      options: { leadingLineBreaks: 2, length: void 0, trailingLineBreaks: 2 }
    },
    {
      selector: "img",
      format: "image",
      options: { baseUrl: null, linkBrackets: ["[", "]"] }
    },
    { selector: "main", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "nav", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    {
      selector: "ol",
      format: "orderedList",
      options: { leadingLineBreaks: 2, trailingLineBreaks: 2 }
    },
    { selector: "p", format: "paragraph", options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: "pre", format: "pre", options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: "section", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    {
      selector: "table",
      format: "table",
      options: {
        colSpacing: 3,
        leadingLineBreaks: 2,
        maxColumnWidth: 60,
        rowSpacing: 0,
        trailingLineBreaks: 2,
        uppercaseHeaderCells: true
      }
    },
    {
      selector: "ul",
      format: "unorderedList",
      options: { itemPrefix: " * ", leadingLineBreaks: 2, trailingLineBreaks: 2 }
    },
    { selector: "wbr", format: "wbr" }
  ],
  tables: [],
  // deprecated
  whitespaceCharacters: " 	\r\n\f\u200B",
  wordwrap: 80
};

// core/pipeline/generate.ts
function promptInputsHash(outcomes) {
  return contentHash(outcomes.map((o) => ({ audience: o.variant.audience.key, input: o.promptInput })));
}

// core/pipeline/current.ts
import { dirname as dirname2 } from "node:path";
async function checkDraftsCurrent(args) {
  const { root, campaignDir, now } = args;
  const context = args.context ?? await loadCampaignContext(root, campaignDir);
  const path = draftsPath(campaignDir);
  const remedy = `run \`copygate generate ${campaignDir}\` (or comment \`/copygate generate\` on the pull request) and commit ${path}`;
  const drafts = await readDraftsFile(root, path);
  const verdict2 = (status, reasons2) => ({ campaign: context.campaign.id, status, reasons: reasons2, drafts, remedy });
  if (!drafts) return verdict2("missing", [`${path} does not exist`]);
  if (draftsContentHash(drafts.variants) !== drafts.content_hash) {
    return verdict2("tampered", [`${path}: the drafts' content does not match their content_hash (edited by hand after generation?)`]);
  }
  const renderedProblem = await renderedMismatch(root, dirname2(path), drafts.variants);
  if (renderedProblem) return verdict2("tampered", [renderedProblem]);
  const p = drafts.provenance;
  const reasons = [];
  if (p.prompt_hash !== context.prompt.hash) {
    reasons.push(`prompt changed: drafts from ${p.workflow}:v${p.prompt_version}, campaign now uses ${context.prompt.workflow}:v${context.prompt.version} (${context.prompt.hash.slice(0, 19)})`);
  }
  if (p.campaign_hash !== context.campaignHash) reasons.push(`${campaignDir}/campaign.yaml changed since the drafts were generated`);
  const templateReason = await templateChange(context, p.email_template);
  if (templateReason) reasons.push(templateReason);
  for (const [version2, hash] of Object.entries(context.policyHashes)) {
    if (p.policy_hashes[version2] !== hash) reasons.push(`policy ${version2} changed or is newly pinned`);
  }
  if (reasons.length === 0) {
    const inputsReason = await compareInputs(context, drafts, now, args.contract);
    if (inputsReason) reasons.push(inputsReason);
  }
  return verdict2(reasons.length ? "stale" : "current", reasons);
}
async function compareInputs(context, drafts, now, contract) {
  const { campaign, policies, root } = context;
  const { report, snapshots } = contract ?? await checkFreshness({ root, campaign, now, runId: "run_currency_check" });
  if (report.decision === "stop_before_generation") return `inputs cannot be verified: the data contract stops before generation (${stoppingInputs(report)})`;
  const partition = partitionAudience({ campaign, snapshots, now, report });
  const outcomes = partition.cohorts.map((cohort) => ({
    promptInput: buildPromptInput({ campaign, policies, cohort }),
    variant: { audience: { key: cohort.key } }
  }));
  const hash = promptInputsHash(outcomes);
  return hash === drafts.provenance.prompt_inputs_hash ? null : "audience inputs changed: the cohorts or their usage figures differ from those the drafts were written for";
}
function stoppingInputs(report) {
  const stopping = Object.entries(report.required_inputs).filter(([, v]) => consequenceOf(v, true) === "stop_before_generation");
  return stopping.map(([name, v]) => v.message ?? `${name}: ${v.status}`).join("; ");
}
async function templateChange(context, used) {
  const template = await loadEmailTemplate(context.root, context.campaign, context.campaignDir);
  if (!template && !used) return null;
  if (!template) return `the drafts were rendered through ${used.path}, but the campaign no longer has an email template`;
  if (!used) return `email template ${template.path} is new: the drafts were not rendered through it`;
  if (used.path !== template.path) return `email template changed from ${used.path} to ${template.path}`;
  return used.hash === template.hash ? null : `email template ${template.path} changed since the drafts were rendered`;
}

// core/validate/validate.ts
import { readdir as readdir4, stat as stat3 } from "node:fs/promises";
import { join as join6, relative, resolve as resolve2, sep } from "node:path";

// core/validate/context.ts
import { readdir as readdir3, stat as stat2 } from "node:fs/promises";
import { join as join4 } from "node:path";
var POLICY_FOLDERS = { approved_claims: "policies/claims", legal_restrictions: "policies/legal", brand_rules: "policies/brand" };
var RepoContext = class {
  /** env: the environment publish credentials are read from (the CLI passes its own); undefined where there is none to check, as in a pull request. */
  constructor(root, env) {
    this.root = root;
    this.env = env;
  }
  root;
  env;
  workflowsCache;
  campaignsCache;
  /** Each file is read and parsed once a run: every campaign asks for its policies, every fallback for every campaign. */
  dataCache = /* @__PURE__ */ new Map();
  /** Every YAML text this run parsed, for the checks of the files themselves too (positions.ts). */
  parsedTexts = /* @__PURE__ */ new Map();
  async exists(path) {
    const absolute = await resolveInRepo(this.root, path).catch(() => null);
    return absolute !== null && stat2(absolute).then(() => true, () => false);
  }
  /** Why a path the repository names cannot be read safely (outside the boundary), or null. */
  async outside(path) {
    return resolveInRepo(this.root, path).then(
      () => null,
      (error) => error.message
    );
  }
  async list(folder) {
    return (await readdir3(join4(this.root, folder)).catch(() => [])).sort();
  }
  /** The parsed file, shared by every caller of this context: read it, never change it. */
  readData(path) {
    let data = this.dataCache.get(path);
    if (!data) {
      data = readRepoText(this.root, path).then(
        (text2) => parseLocated(text2, 0, this.parsedTexts).data,
        () => void 0
      );
      this.dataCache.set(path, data);
    }
    return data;
  }
  async policyVersions(kind) {
    return (await this.list(POLICY_FOLDERS[kind])).filter((n) => n.endsWith(".yaml")).map((n) => n.slice(0, -5));
  }
  policyPath(kind, version2) {
    return `${POLICY_FOLDERS[kind]}/${version2}.yaml`;
  }
  /** The claims, legal and brand files a campaign names, parsed (undefined where one does not); the caller judges their shape. */
  policyData(versions) {
    return Promise.all([
      this.readData(this.policyPath("approved_claims", versions.approved_claims)),
      this.readData(this.policyPath("legal_restrictions", versions.legal_restrictions)),
      this.readData(this.policyPath("brand_rules", versions.brand_rules))
    ]);
  }
  async claimIds(version2) {
    const data = await this.readData(this.policyPath("approved_claims", version2));
    return Array.isArray(data?.claims) ? data.claims.map((c) => String(c?.id)) : [];
  }
  /** Every campaign.yaml that parses, with its folder, for checks that render against real briefs. */
  campaigns() {
    this.campaignsCache ??= this.loadCampaigns();
    return this.campaignsCache;
  }
  async loadCampaigns() {
    const found = [];
    for (const folder of await this.list("campaigns")) {
      const data = await this.readData(`campaigns/${folder}/campaign.yaml`);
      if (data && typeof data === "object" && !Array.isArray(data)) found.push({ dir: `campaigns/${folder}`, data });
    }
    return found;
  }
  async sourceNames() {
    return (await this.list("sources")).filter((n) => n.endsWith(".yaml")).map((n) => n.slice(0, -5));
  }
  workflows() {
    this.workflowsCache ??= this.loadWorkflows();
    return this.workflowsCache;
  }
  async loadWorkflows() {
    const workflows = /* @__PURE__ */ new Map();
    for (const folder of await this.list("prompts")) {
      const files = await this.list(`prompts/${folder}`);
      if (!files.includes("releases.yaml")) continue;
      const versions = /* @__PURE__ */ new Map();
      for (const file of files) {
        const number = versionFromFileName(folder, file);
        if (number !== null) versions.set(number, await this.versionFacts(`prompts/${folder}/${file}`));
      }
      const releases = await this.readData(`prompts/${folder}/releases.yaml`);
      workflows.set(folder, { releases: releases && typeof releases === "object" ? releases : void 0, versions });
    }
    return workflows;
  }
  async versionFacts(path) {
    const text2 = await readRepoText(this.root, path).catch(() => "");
    const parts = splitPromptFile(text2);
    const data = parts ? parseLocated(parts.frontmatter, 0, this.parsedTexts).data : void 0;
    const asObject = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
    return { path, inputSchema: asObject(data?.input?.schema), outputSchema: asObject(data?.output?.schema) };
  }
};
function productionVersion(workflow) {
  const production = workflow?.releases?.production;
  return typeof production === "number" ? production : void 0;
}

// core/validate/check-campaign.ts
import { posix as posix2 } from "node:path";

// core/publish/targets/platform-http.ts
var PublishTargetError = class extends Error {
  status;
  constructor(message, status) {
    super(message);
    this.name = "PublishTargetError";
    this.status = status;
  }
};
var PlatformLimits = class {
  constructor(maxConcurrent, minIntervalMs) {
    this.maxConcurrent = maxConcurrent;
    this.minIntervalMs = minIntervalMs;
  }
  maxConcurrent;
  minIntervalMs;
  active = 0;
  waiting = [];
  nextStart = 0;
  async run(work) {
    if (this.active >= this.maxConcurrent) await new Promise((resolve3) => this.waiting.push(resolve3));
    this.active += 1;
    try {
      const wait = this.nextStart - Date.now();
      this.nextStart = Math.max(Date.now(), this.nextStart) + this.minIntervalMs;
      if (wait > 0) await sleep(wait);
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
};
function sleep(ms) {
  return new Promise((resolve3) => setTimeout(resolve3, ms));
}
function platformMessage(json) {
  const text2 = typeof json === "string" ? json : JSON.stringify(json ?? "");
  return text2.length > 300 ? `${text2.slice(0, 300)}\u2026` : text2;
}
var PlatformClient = class {
  constructor(options) {
    this.options = options;
  }
  options;
  async request(call) {
    const { platform, attempts = 5, backoffBaseMs = 500 } = this.options;
    for (let attempt = 1; ; attempt += 1) {
      const response = await this.options.limits.run(() => this.send(call));
      const { status } = response;
      this.options.log?.(`${platform}: ${call.method} ${call.path.split("?")[0]} \u2192 ${status}`);
      if (status < 300 || call.accept?.includes(status)) return { status, json: await readJson(response) };
      const body = await readJson(response);
      if (status === 401 || status === 403) {
        throw new PublishTargetError(`${platform} refused the credential in ${this.options.credentialName} (${status}); check the key and its permissions. Nothing was published by this call.`, status);
      }
      const retryable = status === 429 || status >= 500;
      if (!retryable || attempt >= attempts) {
        const why = retryable ? ` after ${attempt} attempts` : "";
        throw new PublishTargetError(`${platform} answered ${status} to ${call.method} ${call.path.split("?")[0]}${why}: ${platformMessage(body)}`, status);
      }
      const told = status === 429 ? retryAfterMs(response.headers) : void 0;
      await sleep(told ?? backoffBaseMs * 2 ** (attempt - 1));
    }
  }
  send(call) {
    const doFetch = this.options.fetch ?? fetch;
    const headers2 = { authorization: this.options.authorization, accept: "application/json" };
    if (call.body !== void 0) headers2["content-type"] = "application/json";
    return doFetch(`${this.options.baseUrl}${call.path}`, {
      method: call.method,
      headers: headers2,
      body: call.body === void 0 ? void 0 : JSON.stringify(call.body)
    }).catch((error) => {
      throw new PublishTargetError(`${this.options.platform}: cannot reach ${new URL(this.options.baseUrl).host}: ${error.message}`);
    });
  }
};
async function readJson(response) {
  const text2 = await response.text();
  if (!text2) return null;
  try {
    return JSON.parse(text2);
  } catch {
    return text2;
  }
}

// core/publish/targets/vendor-settings.ts
function platformName(request, variant2) {
  return `${request.ledgerKey} ${variant2.audienceKey}`;
}
function vendorSettingProblems(target, settings, env, required = []) {
  const problems = [];
  const keyEnv = settings.api_key_env;
  if (typeof keyEnv !== "string" || keyEnv === "") {
    problems.push(`publish.api_key_env is required for target ${target}: the name of the env variable holding the API key`);
  } else if (!env[keyEnv]) {
    problems.push(`publish.api_key_env names ${keyEnv}, but ${keyEnv} is not set in this environment`);
  }
  const audiences = settings.audiences;
  if (!audiences || typeof audiences !== "object" || Object.keys(audiences).length === 0) {
    problems.push(`publish.audiences is required for target ${target}: the platform's list or segment id for each variant ("personalized:admin", "generic", \u2026)`);
  }
  for (const field of required) {
    if (settings[field] === void 0) problems.push(`publish.${field} is required for target ${target}`);
  }
  return problems;
}
function readVendorSettings(target, settings, env, required = []) {
  const problems = vendorSettingProblems(target, settings, env, required);
  if (problems.length > 0) throw new PublishTargetError(`${target}: ${problems.join("; ")}. Nothing was published.`);
  const apiKeyEnv = settings.api_key_env;
  return { apiKeyEnv, apiKey: env[apiKeyEnv], audiences: settings.audiences, raw: settings };
}
function assertPublishable(target, request, audiences) {
  const problems = [];
  for (const variant2 of request.variants) {
    if (!audiences[variant2.audienceKey]) problems.push(`publish.audiences has no entry for ${variant2.audienceKey}`);
    if (!variant2.html) problems.push(`${variant2.audienceKey} has no rendered HTML (give the campaign an email template)`);
  }
  if (request.mode === "schedule" && !request.sendAt) problems.push("schedule mode needs publish.send_at");
  if (problems.length > 0) throw new PublishTargetError(`${target}: ${problems.join("; ")}. Nothing was published.`);
}
function maskedHeaders(scheme, withBody) {
  return { authorization: `${scheme} ***`, accept: "application/json", ...withBody ? { "content-type": "application/json" } : {} };
}

// core/publish/targets/customerio.ts
var HOSTS = { us: "https://api.customer.io", eu: "https://api-eu.customer.io" };
var LIMITS = new PlatformLimits(10, 110);
function baseUrl(request, env) {
  const region = request.settings.region === "eu" ? "eu" : "us";
  return env.COPYGATE_CUSTOMERIO_API_URL ?? HOSTS[region];
}
function unixSeconds(iso) {
  return iso ? Math.floor(new Date(iso).getTime() / 1e3) : void 0;
}
function newsletterBody(request, variant2, settings) {
  const audiences = settings.audiences;
  return {
    type: "email",
    name: platformName(request, variant2),
    recipients: { segment: { id: Number(audiences[variant2.audienceKey]) } },
    subject: variant2.subject,
    body: variant2.html,
    ...settings.sender_id !== void 0 ? { from_id: settings.sender_id } : {},
    // Neither send_now nor scheduled_at: Customer.io keeps it as a draft.
    ...request.mode === "schedule" ? { scheduled_at: unixSeconds(request.sendAt) } : {}
  };
}
function client(request, environment) {
  const settings = readVendorSettings("customerio", request.settings, environment.env);
  return new PlatformClient({
    platform: "customerio",
    baseUrl: baseUrl(request, environment.env),
    authorization: `Bearer ${settings.apiKey}`,
    credentialName: settings.apiKeyEnv,
    limits: LIMITS,
    fetch: environment.fetch,
    log: environment.log
  });
}
async function newslettersByName(api) {
  const byName = /* @__PURE__ */ new Map();
  let start;
  do {
    const { json } = await api.request({ method: "GET", path: `/v1/newsletters?limit=100&sort=desc${start ? `&start=${encodeURIComponent(start)}` : ""}` });
    const page = json;
    for (const newsletter of page.newsletters ?? []) if (!byName.has(newsletter.name)) byName.set(newsletter.name, newsletter);
    start = page.next || void 0;
  } while (start);
  return byName;
}
async function updateContent(api, newsletter, variant2) {
  const { json } = await api.request({ method: "GET", path: `/v1/newsletters/${newsletter.id}/contents` });
  for (const content of json?.contents ?? []) {
    await api.request({ method: "PUT", path: `/v1/newsletters/${newsletter.id}/contents/${content.id}`, body: { subject: variant2.subject, body: variant2.html } });
  }
}
function result(found, created, mode) {
  return { platformId: found.map((n) => String(n.id)).join(","), created, mode };
}
var customerioTarget = {
  name: "customerio",
  async find(request, environment) {
    const existing = await newslettersByName(client(request, environment));
    const found = request.variants.map((v) => existing.get(platformName(request, v)));
    return found.length && found.every(Boolean) ? result(found, false, request.mode) : null;
  },
  async publish(request, environment) {
    const api = client(request, environment);
    assertPublishable("customerio", request, request.settings.audiences);
    const existing = await newslettersByName(api);
    const published = [];
    let created = false;
    for (const variant2 of request.variants) {
      let newsletter = existing.get(platformName(request, variant2));
      if (!newsletter) {
        const { json } = await api.request({ method: "POST", path: "/v1/newsletters", body: newsletterBody(request, variant2, request.settings) });
        newsletter = json.newsletter ?? json;
        created = true;
      } else if (!newsletter.sent_at && !newsletter.scheduled_at) {
        await updateContent(api, newsletter, variant2);
        if (request.mode === "schedule") await api.request({ method: "POST", path: `/v1/newsletters/${newsletter.id}/schedule`, body: { scheduled_at: unixSeconds(request.sendAt) } });
      }
      published.push(newsletter);
    }
    return result(published, created, request.mode);
  },
  checkSettings(settings, env) {
    const problems = vendorSettingProblems("customerio", settings, env);
    for (const [key, id] of Object.entries(settings.audiences ?? {})) {
      if (!/^[0-9]+$/.test(String(id))) problems.push(`publish.audiences.${key} must be a Customer.io segment id (a number), not "${id}"`);
    }
    return problems;
  },
  preview(request, environment) {
    assertPublishable("customerio", request, request.settings.audiences ?? {});
    const base = baseUrl(request, environment.env);
    const planned = [{ purpose: "find earlier newsletters by name", method: "GET", url: `${base}/v1/newsletters?limit=100&sort=desc`, headers: maskedHeaders("Bearer", false) }];
    for (const variant2 of request.variants) {
      planned.push({ purpose: `create ${request.mode === "schedule" ? "and schedule " : "the draft for "}${variant2.audienceKey}`, method: "POST", url: `${base}/v1/newsletters`, headers: maskedHeaders("Bearer", true), body: newsletterBody(request, variant2, request.settings) });
    }
    return planned;
  }
};

// core/publish/targets/mailchimp.ts
var REQUIRED = ["list_id", "from_name", "reply_to"];
var LIMITS2 = new PlatformLimits(10, 0);
function dataCenter(apiKey) {
  const dc = /-([a-z]+[0-9]+)$/.exec(apiKey)?.[1];
  if (!dc) throw new PublishTargetError("mailchimp: the API key has no data-center suffix (like -us21); copy the whole key from Mailchimp. Nothing was published.");
  return dc;
}
function baseUrl2(env, dc) {
  return env.COPYGATE_MAILCHIMP_API_URL ?? `https://${dc}.api.mailchimp.com`;
}
function quarterHourProblem(sendAt) {
  const time = sendAt ? new Date(sendAt) : null;
  if (!time || Number.isNaN(time.getTime())) return `send_at "${sendAt ?? ""}" is not an ISO time`;
  if (time.getUTCMinutes() % 15 !== 0 || time.getUTCSeconds() !== 0 || time.getUTCMilliseconds() !== 0) {
    return `Mailchimp schedules on the quarter hour only; send_at ${sendAt} is not (use :00, :15, :30 or :45)`;
  }
  return null;
}
function campaignBody(request, variant2, settings) {
  const audiences = settings.audiences;
  return {
    type: "regular",
    recipients: { list_id: settings.list_id, segment_opts: { saved_segment_id: Number(audiences[variant2.audienceKey]) } },
    settings: { subject_line: variant2.subject, preview_text: variant2.previewText, title: platformName(request, variant2), from_name: settings.from_name, reply_to: settings.reply_to }
  };
}
function contentBody(variant2) {
  return { html: variant2.html, plain_text: variant2.text };
}
function connect(request, environment) {
  const settings = readVendorSettings("mailchimp", request.settings, environment.env, REQUIRED);
  const dc = dataCenter(settings.apiKey);
  const authorization = `Basic ${Buffer.from(`copygate:${settings.apiKey}`).toString("base64")}`;
  const api = new PlatformClient({
    platform: "mailchimp",
    baseUrl: baseUrl2(environment.env, dc),
    authorization,
    credentialName: settings.apiKeyEnv,
    limits: LIMITS2,
    fetch: environment.fetch,
    log: environment.log
  });
  return { api, dc };
}
function listPath(listId, offset) {
  return `/3.0/campaigns?list_id=${encodeURIComponent(listId)}&count=1000&offset=${offset}&fields=campaigns.id,campaigns.web_id,campaigns.status,campaigns.settings.title,total_items`;
}
async function campaignsByTitle(api, listId) {
  const byTitle = /* @__PURE__ */ new Map();
  for (let offset = 0; ; offset += 1e3) {
    const { json } = await api.request({ method: "GET", path: listPath(listId, offset) });
    const page = json;
    for (const campaign of page.campaigns ?? []) if (campaign.settings?.title) byTitle.set(campaign.settings.title, campaign);
    if (offset + 1e3 >= (page.total_items ?? 0)) return byTitle;
  }
}
function result2(dc, found, created, mode) {
  return { platformId: found.map((c) => c.id).join(","), url: `https://${dc}.admin.mailchimp.com/campaigns/show/?id=${found[0].web_id}`, created, mode };
}
var mailchimpTarget = {
  name: "mailchimp",
  async find(request, environment) {
    const { api, dc } = connect(request, environment);
    const existing = await campaignsByTitle(api, request.settings.list_id);
    const found = request.variants.map((v) => existing.get(platformName(request, v)));
    return found.length && found.every(Boolean) ? result2(dc, found, false, request.mode) : null;
  },
  async publish(request, environment) {
    const { api, dc } = connect(request, environment);
    assertPublishable("mailchimp", request, request.settings.audiences);
    const timing = request.mode === "schedule" ? quarterHourProblem(request.sendAt) : null;
    if (timing) throw new PublishTargetError(`mailchimp: ${timing}. Nothing was published.`);
    const existing = await campaignsByTitle(api, request.settings.list_id);
    const published = [];
    let created = false;
    for (const variant2 of request.variants) {
      let campaign = existing.get(platformName(request, variant2));
      if (!campaign) {
        campaign = (await api.request({ method: "POST", path: "/3.0/campaigns", body: campaignBody(request, variant2, request.settings) })).json;
        created = true;
      }
      if (campaign.status === "save") {
        await api.request({ method: "PUT", path: `/3.0/campaigns/${campaign.id}/content`, body: contentBody(variant2) });
        if (request.mode === "schedule") await api.request({ method: "POST", path: `/3.0/campaigns/${campaign.id}/actions/schedule`, body: { schedule_time: request.sendAt } });
      }
      published.push(campaign);
    }
    return result2(dc, published, created, request.mode);
  },
  checkSettings(settings, env) {
    const problems = vendorSettingProblems("mailchimp", settings, env, REQUIRED);
    const key = typeof settings.api_key_env === "string" ? env[settings.api_key_env] : void 0;
    if (key && !/-[a-z]+[0-9]+$/.test(key)) problems.push(`the key in ${String(settings.api_key_env)} has no data-center suffix (like -us21)`);
    if (settings.mode === "schedule") {
      const timing = quarterHourProblem(settings.send_at);
      if (timing) problems.push(timing);
    }
    return problems;
  },
  preview(request, environment) {
    assertPublishable("mailchimp", request, request.settings.audiences ?? {});
    const key = typeof request.settings.api_key_env === "string" ? environment.env[request.settings.api_key_env] : void 0;
    const dc = key ? dataCenter(key) : "<dc>";
    const base = baseUrl2(environment.env, dc);
    const headers2 = (body) => maskedHeaders("Basic", body);
    const planned = [{ purpose: "find earlier campaigns by title", method: "GET", url: `${base}${listPath(String(request.settings.list_id), 0)}`, headers: headers2(false) }];
    for (const variant2 of request.variants) {
      planned.push({ purpose: `create the draft for ${variant2.audienceKey}`, method: "POST", url: `${base}/3.0/campaigns`, headers: headers2(true), body: campaignBody(request, variant2, request.settings) });
      planned.push({ purpose: `set the content of ${variant2.audienceKey}`, method: "PUT", url: `${base}/3.0/campaigns/{id}/content`, headers: headers2(true), body: contentBody(variant2) });
      if (request.mode === "schedule") {
        planned.push({ purpose: `schedule ${variant2.audienceKey}`, method: "POST", url: `${base}/3.0/campaigns/{id}/actions/schedule`, headers: headers2(true), body: { schedule_time: request.sendAt } });
      }
    }
    return planned;
  }
};

// core/publish/targets/outbox.ts
import { randomUUID } from "node:crypto";
import { link, mkdir as mkdir3, readFile as readFile3, rename as rename2, unlink, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname3, isAbsolute, join as join5 } from "node:path";
function outboxDir(settings, environment) {
  const configured = typeof settings.outbox_dir === "string" ? settings.outbox_dir : environment.env.COPYGATE_OUTBOX_DIR;
  const dir = configured ?? ".copygate/outbox";
  return isAbsolute(dir) ? dir : join5(environment.root, dir);
}
function filePath(request, environment) {
  const hash12 = request.ledgerKey.split(":").at(-1);
  return join5(outboxDir(request.settings, environment), request.campaign, `${hash12}.json`);
}
function result3(path, file, created) {
  return { platformId: `outbox:${file.ledger_key}`, url: `file://${path}`, created, mode: file.mode };
}
async function readOutboxFile(path) {
  try {
    return JSON.parse(await readFile3(path, "utf8"));
  } catch {
    return null;
  }
}
async function writeAtomically(path, file, replace) {
  await mkdir3(dirname3(path), { recursive: true });
  const temporary = `${path}.${randomUUID()}.tmp`;
  await writeFile3(temporary, `${JSON.stringify(file, null, 2)}
`);
  if (replace) {
    await rename2(temporary, path);
    return true;
  }
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  } finally {
    await unlink(temporary).catch(() => void 0);
  }
}
var outboxTarget = {
  name: "outbox",
  async find(request, environment) {
    const path = filePath(request, environment);
    const file = await readOutboxFile(path);
    return file && file.ledger_key === request.ledgerKey ? result3(path, file, false) : null;
  },
  async publish(request, environment) {
    const path = filePath(request, environment);
    const file = {
      ledger_key: request.ledgerKey,
      campaign: request.campaign,
      content_hash: request.contentHash,
      mode: request.mode,
      send_at: request.sendAt ?? null,
      variants: request.variants
    };
    const found = await outboxTarget.find(request, environment);
    if (found && (found.mode === request.mode || found.mode === "schedule")) return found;
    const created = await writeAtomically(path, file, found !== null);
    if (!created) return await outboxTarget.find(request, environment);
    environment.log?.(`outbox: ${found ? "scheduled" : "wrote"} ${path}`);
    return result3(path, file, found === null);
  },
  checkSettings(settings) {
    return settings.outbox_dir !== void 0 && typeof settings.outbox_dir !== "string" ? ["publish.outbox_dir must be a folder path"] : [];
  }
};

// core/publish/targets/sendgrid.ts
var API = "https://api.sendgrid.com";
var REQUIRED2 = ["sender_id", "suppression_group_id"];
var LIMITS3 = new PlatformLimits(4, 0);
function baseUrl3(env) {
  return env.COPYGATE_SENDGRID_API_URL ?? API;
}
function sendTo(audience) {
  if (audience.startsWith("list:")) return { list_ids: [audience.slice(5)] };
  return { segment_ids: [audience.replace(/^segment:/, "")] };
}
function singleSendBody(request, variant2, settings) {
  const audiences = settings.audiences;
  return {
    name: platformName(request, variant2),
    categories: ["copygate", request.campaign],
    send_to: sendTo(audiences[variant2.audienceKey]),
    email_config: {
      subject: variant2.subject,
      html_content: variant2.html,
      plain_content: variant2.text,
      // The approved text part is sent as is, never regenerated by SendGrid.
      generate_plain_content: false,
      editor: "code",
      sender_id: settings.sender_id,
      suppression_group_id: settings.suppression_group_id
    }
  };
}
function client2(request, environment) {
  const settings = readVendorSettings("sendgrid", request.settings, environment.env, REQUIRED2);
  return new PlatformClient({
    platform: "sendgrid",
    baseUrl: baseUrl3(environment.env),
    authorization: `Bearer ${settings.apiKey}`,
    credentialName: settings.apiKeyEnv,
    limits: LIMITS3,
    fetch: environment.fetch,
    log: environment.log
  });
}
async function findByName(api, name) {
  const { json } = await api.request({ method: "POST", path: "/v3/marketing/singlesends/search?page_size=100", body: { name } });
  const found = (json?.result ?? []).filter((s) => s.name === name);
  return found[0] ?? null;
}
function link2(id) {
  return `https://mc.sendgrid.com/single-sends/${id}/editor`;
}
function result4(ids, created, mode) {
  return { platformId: ids.join(","), url: link2(ids[0]), created, mode };
}
var sendgridTarget = {
  name: "sendgrid",
  async find(request, environment) {
    const api = client2(request, environment);
    const ids = [];
    for (const variant2 of request.variants) {
      const found = await findByName(api, platformName(request, variant2));
      if (!found) return null;
      ids.push(found.id);
    }
    return ids.length ? result4(ids, false, request.mode) : null;
  },
  async publish(request, environment) {
    const api = client2(request, environment);
    assertPublishable("sendgrid", request, request.settings.audiences);
    const ids = [];
    let created = false;
    for (const variant2 of request.variants) {
      const name = platformName(request, variant2);
      let singleSend = await findByName(api, name);
      if (!singleSend) {
        singleSend = (await api.request({ method: "POST", path: "/v3/marketing/singlesends", body: singleSendBody(request, variant2, request.settings) })).json;
        created = true;
      }
      if (request.mode === "schedule" && singleSend.status !== "scheduled") {
        await api.request({ method: "PUT", path: `/v3/marketing/singlesends/${singleSend.id}/schedule`, body: { send_at: request.sendAt } });
      }
      ids.push(singleSend.id);
    }
    return result4(ids, created, request.mode);
  },
  checkSettings(settings, env) {
    return vendorSettingProblems("sendgrid", settings, env, REQUIRED2);
  },
  preview(request, environment) {
    assertPublishable("sendgrid", request, request.settings.audiences ?? {});
    const base = baseUrl3(environment.env);
    const planned = [];
    for (const variant2 of request.variants) {
      const name = platformName(request, variant2);
      planned.push({ purpose: `find ${variant2.audienceKey} by name`, method: "POST", url: `${base}/v3/marketing/singlesends/search?page_size=100`, headers: maskedHeaders("Bearer", true), body: { name } });
      planned.push({ purpose: `create the draft for ${variant2.audienceKey}`, method: "POST", url: `${base}/v3/marketing/singlesends`, headers: maskedHeaders("Bearer", true), body: singleSendBody(request, variant2, request.settings) });
      if (request.mode === "schedule") {
        planned.push({ purpose: `schedule ${variant2.audienceKey}`, method: "PUT", url: `${base}/v3/marketing/singlesends/{id}/schedule`, headers: maskedHeaders("Bearer", true), body: { send_at: request.sendAt } });
      }
    }
    return planned;
  }
};

// core/publish/targets/webhook.ts
import { createHmac } from "node:crypto";
var DEFAULT_SECRET_ENV = "COPYGATE_WEBHOOK_SECRET";
function settingsOf(request) {
  const raw = request.settings.webhook;
  return raw && typeof raw === "object" ? raw : {};
}
function resolve(request, env) {
  const s = settingsOf(request);
  const url = s.url ?? (s.url_env ? env[s.url_env] : void 0);
  const secretEnv = s.secret_env ?? DEFAULT_SECRET_ENV;
  const secret = env[secretEnv];
  if (!url) throw new Error(`webhook target: no URL (set publish.webhook.url, or publish.webhook.url_env and that variable)`);
  if (!secret) throw new Error(`webhook target: the signing secret variable ${secretEnv} is not set`);
  return { url, secret };
}
function webhookBody(request) {
  return JSON.stringify({
    delivery: deliveryId(request),
    ledger_key: request.ledgerKey,
    campaign: request.campaign,
    content_hash: request.contentHash,
    mode: request.mode,
    send_at: request.sendAt ?? null,
    variants: request.variants
  });
}
function deliveryId(request) {
  return `${request.ledgerKey}:${request.mode}`;
}
function webhookSignature(body, secret) {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}
function headers(request, signature) {
  return { "content-type": "application/json", "user-agent": "copygate", "x-copygate-event": "publish", "x-copygate-delivery": deliveryId(request), "x-copygate-signature-256": signature };
}
var webhookTarget = {
  name: "webhook",
  async find() {
    return null;
  },
  async publish(request, environment) {
    const { url, secret } = resolve(request, environment.env);
    const body = webhookBody(request);
    const response = await (environment.fetch ?? fetch)(url, { method: "POST", headers: headers(request, webhookSignature(body, secret)), body, signal: AbortSignal.timeout(1e4) });
    if (!response.ok) throw new Error(`webhook target: ${new URL(url).host} answered ${response.status} to delivery ${deliveryId(request)}`);
    const answer2 = await response.json().catch(() => ({}));
    environment.log?.(`webhook: delivered ${deliveryId(request)} (${response.status})`);
    const result5 = { platformId: typeof answer2.id === "string" || typeof answer2.id === "number" ? String(answer2.id) : deliveryId(request), created: true, mode: request.mode };
    if (typeof answer2.url === "string") result5.url = answer2.url;
    return result5;
  },
  preview(request, environment) {
    const { url } = resolve({ ...request }, { ...environment.env, [settingsOf(request).secret_env ?? DEFAULT_SECRET_ENV]: "x" });
    return [{ purpose: `deliver ${request.variants.length} variant${request.variants.length === 1 ? "" : "s"} as ${request.mode}`, method: "POST", url, headers: headers(request, "sha256=<HMAC-SHA256 of the body>"), body: JSON.parse(webhookBody(request)) }];
  },
  checkSettings(settings, env) {
    const s = settings.webhook ?? {};
    const problems = [];
    if (!s.url && !s.url_env) problems.push("publish.webhook needs url or url_env");
    if (s.url_env && !env[s.url_env]) problems.push(`the variable ${s.url_env} (publish.webhook.url_env) is not set`);
    if (!env[s.secret_env ?? DEFAULT_SECRET_ENV]) problems.push(`the signing secret variable ${s.secret_env ?? DEFAULT_SECRET_ENV} is not set`);
    return problems;
  }
};

// core/publish/targets/index.ts
var TARGETS = {
  outbox: outboxTarget,
  webhook: webhookTarget,
  sendgrid: sendgridTarget,
  customerio: customerioTarget,
  mailchimp: mailchimpTarget
};
function findTarget(name) {
  return Object.hasOwn(TARGETS, name) ? TARGETS[name] : void 0;
}

// core/validate/ajv.ts
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);

// core/validate/schemas/common.ts
var SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
var schemaId = (name) => `https://copygate.dev/schemas/${name}.schema.json`;
var TEXT_MAX_CHARS = 5e3;
var text = { type: "string", minLength: 1, maxLength: TEXT_MAX_CHARS };
var boundedText = (max) => ({ type: "string", minLength: 1, maxLength: max });
var textList = { type: "array", items: text };
var count = { type: "integer", minimum: 0 };
var isoDate = { type: "string", format: "date" };
var isoDateTime = { type: "string", format: "date-time" };
var riskLevel = { enum: ["low", "medium", "high"] };
var verdict = { enum: ["pass", "review", "fail"] };
var checkStatus = { enum: ["pass", "warn", "fail", "skipped"] };
var sha256Hash = { type: "string", pattern: "^sha256:[0-9a-f]{64}$" };
function closedObject(properties, required = []) {
  return { type: "object", additionalProperties: false, required, properties };
}
function policyDocument(kind, versionPrefix, extra, extraRequired) {
  return {
    $schema: SCHEMA_DIALECT,
    ...closedObject(
      {
        kind: { const: kind },
        version: described("The version id; the same as the file name.", { type: "string", pattern: `^${versionPrefix}_v[0-9]+$` }),
        status: described("Only an approved version may be used by a campaign.", { enum: ["approved", "draft", "archived"] }),
        approved_by: described("The teams that approved this version.", { type: "array", items: text, minItems: 1 }),
        approved_at: described("The approval date, YYYY-MM-DD.", isoDate),
        ...extra
      },
      ["kind", "version", "status", "approved_by", "approved_at", ...extraRequired]
    )
  };
}
function described(description, schema) {
  return { description, ...schema };
}

// core/validate/schemas/campaign.ts
var BRIEF_TEXT_MAX_CHARS = 600;
var duration = closedObject({ count: { type: "integer", minimum: 1 }, period: { enum: ["minute", "hour", "day"] } }, ["count", "period"]);
var freshness = closedObject({ warn_after: duration, error_after: duration });
var onFailure = { enum: ["stop", "generic_variant", "review"] };
var policyKind = { enum: ["approved_claims", "legal_restrictions", "brand_rules"] };
var sourceInput = closedObject({ source: text, required: { type: "boolean" }, freshness, on_failure: onFailure }, ["source", "on_failure"]);
var policyInput = closedObject({ policy: policyKind, require: { const: "latest_approved" }, freshness, on_failure: onFailure }, ["policy", "on_failure"]);
var emailChannel = closedObject(
  {
    kind: { const: "email" },
    subject_max_chars: count,
    preview_min_chars: count,
    preview_max_chars: count,
    requires_unsubscribe: { type: "boolean" },
    requires_postal_address: { type: "boolean" }
  },
  ["kind", "subject_max_chars", "preview_min_chars", "preview_max_chars", "requires_unsubscribe", "requires_postal_address"]
);
var searchAdChannel = closedObject(
  {
    kind: { const: "search_ad" },
    headline_max_chars: count,
    headlines_min: count,
    headlines_max: count,
    description_max_chars: count,
    descriptions_min: count,
    descriptions_max: count,
    path_max_chars: count
  },
  ["kind", "headline_max_chars", "headlines_min", "headlines_max", "description_max_chars", "descriptions_min", "descriptions_max"]
);
var publishProperties = {
  target: text,
  mode: { enum: ["draft", "schedule"] },
  send_at: isoDateTime,
  api_key_env: described("The env variable holding the platform's API key (never the key itself).", { type: "string", pattern: "^[A-Z_][A-Z0-9_]*$" }),
  audiences: described("The platform's list or segment id for each variant's audience key.", { type: "object", additionalProperties: text }),
  sender_id: { type: "integer", minimum: 1 },
  suppression_group_id: { type: "integer", minimum: 1 },
  region: { enum: ["us", "eu"] },
  list_id: text,
  from_name: text,
  reply_to: { type: "string", format: "email" },
  final_gate: { type: "boolean", description: "Hold a schedule as a draft until /copygate schedule from the required group (high risk always does)." },
  subject_line: { type: "integer", minimum: 1, description: "Which subject line of each variant is published (1-based; default 1)." },
  outbox_dir: text,
  webhook: closedObject({ url: { type: "string", format: "uri" }, url_env: text, secret_env: text })
};
var publishBlock = closedObject(publishProperties, ["target", "mode"]);
var rolloutMetric = { type: "string", enum: ["delivery_rate", "click_rate", "upgrade_rate", "unsubscribe_rate", "spam_complaint_rate", "support_ticket_rate"] };
var rolloutSchema = closedObject(
  {
    stage: { enum: ["offline", "internal", "shadow", "test", "production"] },
    candidate: { type: "integer", minimum: 1 },
    test_percent: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 100 },
    salt: text,
    primary_metric: rolloutMetric,
    goals: { type: "array", items: closedObject({ metric: rolloutMetric, test: { enum: ["superiority", "non_inferiority"] }, margin_pp: { type: "number", minimum: 0 } }, ["metric"]) },
    guardrails: { type: "array", items: closedObject({ metric: rolloutMetric, max_worse_pp: { type: "number", minimum: 0 } }, ["metric", "max_worse_pp"]) },
    alpha: { type: "number", exclusiveMinimum: 0, maximum: 0.5 },
    power: { type: "number", minimum: 0.5, exclusiveMaximum: 1 },
    sequential: { anyOf: [{ type: "boolean" }, closedObject({ tuning: { type: "number", exclusiveMinimum: 0 } }, ["tuning"])] },
    results: { anyOf: [closedObject({ file: text }, ["file"]), closedObject({ source: text }, ["source"])] },
    shadow: { anyOf: [closedObject({ sent: text }, ["sent"]), closedObject({ source: text }, ["source"])] }
  },
  ["stage"]
);
var campaignSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("campaign"),
  title: "copygate campaign (campaigns/<id>/campaign.yaml)",
  ...closedObject(
    campaignProperties(),
    ["id", "name", "workflow", "prompt", "channel", "policies", "contract", "brief", "evals", "approval", "publish"]
  )
};
function campaignProperties() {
  return {
    id: described("The campaign id; the same as its folder under campaigns/.", { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" }),
    name: described("A human name for reports and pull requests.", text),
    workflow: described("The prompt workflow: a folder under prompts/ with a releases.yaml.", { type: "string", pattern: "^[a-z0-9_]+$" }),
    prompt: described("workflow@production follows releases.yaml; workflow@8 pins a version.", { type: "string", pattern: "^[a-z0-9_]+(@(production|[0-9]+)|:v[0-9]+)$" }),
    // if/then instead of oneOf: a wrong field in one kind of channel reports only that kind's problem.
    channel: {
      description: "Where the copy runs and its format limits (email or search_ad).",
      type: "object",
      required: ["kind"],
      properties: { kind: { enum: ["email", "search_ad"] } },
      if: { properties: { kind: { const: "search_ad" } } },
      then: searchAdChannel,
      else: emailChannel
    },
    audience: described("The segment and which contract input holds its rows; expect lists what every row must match.", closedObject({ segment: text, input: text, expect: { type: "object" } }, ["segment", "input"])),
    policies: described("The policy versions this campaign is written against, e.g. claims_v14.", closedObject({ approved_claims: text, legal_restrictions: text, brand_rules: text }, ["approved_claims", "legal_restrictions", "brand_rules"])),
    contract: {
      description: "The data contract: each input's source or policy, freshness (as dbt) and on_failure: stop, generic_variant or review.",
      type: "object",
      minProperties: 1,
      additionalProperties: { type: "object", if: { required: ["policy"] }, then: policyInput, else: sourceInput }
    },
    offer: closedObject(
      { code: text, summary: text, discount_percent: { type: "number", exclusiveMinimum: 0, maximum: 100 }, duration_months: count, plan: text, expires_at: isoDateTime },
      ["code", "summary", "discount_percent", "expires_at"]
    ),
    brief: {
      description: "What the copy must do: goal, key message, the one call to action and the approved claim ids it may use.",
      type: "object",
      required: ["id", "goal", "key_message", "cta_text", "claims"],
      properties: {
        id: boundedText(100),
        goal: boundedText(BRIEF_TEXT_MAX_CHARS),
        key_message: boundedText(BRIEF_TEXT_MAX_CHARS),
        cta_text: boundedText(60),
        cta_url: { type: "string", format: "uri", maxLength: 2048 },
        claims: { type: "array", items: boundedText(100), uniqueItems: true, maxItems: 50 },
        deadline: { enum: ["trial_end", "offer_end", "none"] }
      }
    },
    variants: closedObject({ by: text, generic: { type: "boolean" } }),
    generation: described(
      "Generation settings beyond the prompt's own: fallback_models are tried in order when the prompt's model keeps failing; after them comes the workflow's approved fallback template. commit_fallback_template: true lets the bot's /copygate generate commit drafts written from that template when no model answers (default false: it commits nothing).",
      closedObject({ fallback_models: { type: "array", items: text, uniqueItems: true }, commit_fallback_template: { type: "boolean" } })
    ),
    evals: { description: "default, or a list of check ids to run on the drafts.", anyOf: [{ const: "default" }, { type: "array", items: text, minItems: 1 }] },
    approval: described(
      "Who must approve the drafts at each risk level. A medium or high risk draft always needs someone: those lists name at least one group.",
      closedObject({ low: textList, medium: { ...textList, minItems: 1 }, high: { ...textList, minItems: 1 } }, ["low", "medium", "high"])
    ),
    email: described(
      "The MJML email template the drafts are rendered through (default <campaign>/email.mjml) and the unsubscribe link it places (default: the publish target's unsubscribe tag).",
      closedObject({ template: { type: "string", pattern: "\\.mjml$" }, unsubscribe_url: text })
    ),
    publish: described("Where approved drafts are published: the target, draft or schedule, and the target's settings (credentials by env variable name).", publishBlock),
    rollout: described(
      "Staged rollout: offline \u2192 internal \u2192 shadow \u2192 test (a test_percent share gets the candidate's drafts) \u2192 production, promoted on business results.",
      rolloutSchema
    )
  };
}

// core/validate/schemas/dataset.ts
var datasetRowSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("dataset-row"),
  title: "copygate dataset row (one line of datasets/<workflow>/*.jsonl)",
  ...closedObject(
    {
      id: { type: "string", pattern: "^[a-z0-9_-]+$" },
      input: { type: "object" },
      reviewer_decision: { enum: ["approved", "rejected", null] },
      outcome: {
        anyOf: [{ type: "null" }, closedObject({ sent: count, upgrades: count, unsubscribes: count }, ["sent", "upgrades", "unsubscribes"])]
      }
    },
    ["id", "input"]
  )
};

// core/validate/schemas/drafts.ts
var checkResultProperties = {
  id: text,
  label: text,
  status: checkStatus,
  message: { type: "string" },
  evidence: { type: "array", items: { type: "string" } },
  owner: text
};
var checkResult = closedObject(
  checkResultProperties,
  ["id", "label", "status", "message"]
);
var evalReportProperties = { verdict, risk_level: riskLevel, risk_reasons: textList, checks: { type: "array", items: checkResult } };
var evalReportSchema = closedObject(evalReportProperties, ["verdict", "risk_level", "checks"]);
var audienceProperties = { key: text, variant: { enum: ["personalized", "generic"] }, role: text, recipients: count };
var variantProperties = {
  audience: closedObject(audienceProperties, ["key", "variant", "recipients"]),
  content: { type: "object" },
  source: { enum: ["model", "fallback_template"] },
  fallback_reason: text,
  fallback_cause: { enum: ["content", "endpoint", "budget"] },
  evals: evalReportSchema,
  rendered: renderedRecord2()
};
var variant = closedObject(variantProperties, ["audience", "content", "source", "evals"]);
var provenanceProperties = {
  workflow: text,
  prompt_ref: text,
  prompt_version: { type: "integer", minimum: 1 },
  prompt_hash: sha256Hash,
  model: text,
  parameters: { type: "object" },
  campaign_hash: sha256Hash,
  policy_versions: { type: "object", additionalProperties: text },
  policy_hashes: { type: "object", additionalProperties: { type: "string" } },
  input_snapshots: {
    type: "object",
    additionalProperties: closedObject({ snapshot_hash: { type: "string" }, max_loaded_at: { anyOf: [isoDateTime, { type: "null" }] } }, ["snapshot_hash", "max_loaded_at"])
  },
  prompt_inputs_hash: sha256Hash,
  email_template: closedObject({ path: text, hash: sha256Hash }, ["path", "hash"]),
  trace_id: text,
  run_id: text,
  generated_at: isoDateTime
};
var provenance = closedObject(
  provenanceProperties,
  ["workflow", "prompt_ref", "prompt_version", "prompt_hash", "model", "parameters", "campaign_hash", "policy_versions", "policy_hashes", "input_snapshots", "prompt_inputs_hash", "trace_id", "run_id", "generated_at"]
);
var checkpointProperties = {
  workflow: text,
  run_id: text,
  prompt_version: text,
  audience: text,
  risk_level: riskLevel,
  verdict,
  required_reviewers: textList,
  decision: text
};
var draftsSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("drafts"),
  title: "copygate drafts (campaigns/<id>/drafts.json)",
  ...closedObject(
    draftsFileProperties(),
    ["schema_version", "campaign", "variants", "audience_counts", "checkpoint", "provenance", "content_hash"]
  )
};
function draftsFileProperties() {
  return {
    schema_version: { const: 1 },
    campaign: text,
    variants: { type: "array", items: variant },
    audience_counts: closedObject(
      { personalized: count, generic: count, excluded: count, excluded_reasons: { type: "object", additionalProperties: count } },
      ["personalized", "generic", "excluded", "excluded_reasons"]
    ),
    checkpoint: closedObject(
      checkpointProperties,
      ["workflow", "run_id", "prompt_version", "audience", "risk_level", "verdict", "required_reviewers", "decision"]
    ),
    provenance,
    content_hash: sha256Hash
  };
}
function renderedRecord2() {
  const file = { type: "string", pattern: "^rendered/[a-z0-9-]+\\.(html|txt)$" };
  const properties = { subject: text, preview_text: { type: "string" }, html_file: file, html_hash: sha256Hash, text_file: file, text_hash: sha256Hash };
  return described("The email as it will be sent: subject, preview text and the rendered files beside drafts.json with their hashes.", closedObject(properties, Object.keys(properties)));
}

// core/validate/schemas/policies.ts
var claimsSchema = {
  $id: schemaId("claims"),
  title: "copygate approved claims registry (policies/claims/claims_vN.yaml)",
  ...policyDocument("approved_claims", "claims", {
    claims: {
      type: "array",
      minItems: 1,
      items: closedObject(
        {
          id: { type: "string", pattern: "^[a-z0-9_]+$" },
          text,
          covers: closedObject({ integrations: textList, features: textList, numbers: textList })
        },
        ["id", "text"]
      )
    }
  }, ["claims"])
};
var legalSchema = {
  $id: schemaId("legal"),
  title: "copygate legal restrictions (policies/legal/legal_vN.yaml)",
  ...policyDocument("legal_restrictions", "legal", {
    restrictions: {
      type: "array",
      minItems: 1,
      items: closedObject(
        {
          id: { type: "string", pattern: "^[a-z0-9_]+$" },
          rule: text,
          banned_terms: textList,
          allowed_phrases: textList,
          channels: textList,
          unsubscribe_phrases: textList,
          postal_address: text,
          // Domains copy may link to besides the brief's cta_url (subdomains included).
          allowed_domains: { type: "array", items: { type: "string", pattern: "^[a-z0-9-]+(\\.[a-z0-9-]+)+$" } }
        },
        ["id", "rule"]
      )
    }
  }, ["restrictions"])
};
var brandSchema = {
  $id: schemaId("brand"),
  title: "copygate brand rules (policies/brand/brand_vN.yaml)",
  ...policyDocument("brand_rules", "brand", {
    last_reviewed_at: isoDate,
    voice: text,
    banned_words: textList,
    product_name: closedObject({ canonical: text, forbidden_forms: textList }, ["canonical", "forbidden_forms"]),
    punctuation: closedObject({ subject_exclamation_max: count, body_exclamation_max: count }, ["subject_exclamation_max", "body_exclamation_max"]),
    email: closedObject(
      { subject_max_chars: count, subject_target_chars: count, preview_min_chars: count, preview_max_chars: count, cta_count: count },
      ["subject_max_chars", "preview_min_chars", "preview_max_chars", "cta_count"]
    )
  }, ["last_reviewed_at", "voice", "banned_words", "product_name", "punctuation"])
};
var claimKind = closedObject(
  {
    id: { type: "string", pattern: "^[a-z0-9_]+$" },
    label: text,
    phrases: textList,
    patterns: { type: "array", items: { ...text, description: "A regular expression, matched case-insensitively." } },
    allowed: textList,
    allowed_with_deadline: { type: "boolean" },
    paired: closedObject({ topic: { type: "array", items: text, minItems: 1 }, cue: { type: "array", items: text, minItems: 1 } }, ["topic", "cue"])
  },
  ["id", "label"]
);
var groundingSchema = {
  $id: schemaId("grounding"),
  title: "copygate grounding rules (policies/grounding/grounding_vN.yaml)",
  ...policyDocument("grounding_rules", "grounding", {
    plans: { type: "array", items: text, minItems: 1 },
    claim_kinds: { type: "array", minItems: 1, items: claimKind },
    restricted_synonyms: {
      type: "array",
      items: closedObject({ restriction: { type: "string", pattern: "^[a-z0-9_]+$" }, terms: { type: "array", items: text, minItems: 1 } }, ["restriction", "terms"])
    },
    self_reference: closedObject({ phrases: textList, patterns: textList })
  }, ["plans", "claim_kinds", "restricted_synonyms", "self_reference"])
};

// core/validate/schemas/prompt.ts
var promptFrontmatterSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("prompt-frontmatter"),
  title: "copygate prompt frontmatter (the YAML between --- lines of a .prompt file)",
  type: "object",
  required: ["name", "model", "input", "output"],
  propertyNames: { pattern: "^(name|variant|version|description|model|config|input|output|tools|metadata|[A-Za-z0-9_-]+\\.[A-Za-z0-9_.-]+)$" },
  properties: {
    name: { type: "string", pattern: "^[a-z0-9_]+$" },
    variant: text,
    version: { type: "string", pattern: "^[0-9]+$" },
    description: text,
    model: text,
    config: {
      type: "object",
      properties: { temperature: { type: "number", minimum: 0, maximum: 2 }, maxOutputTokens: { type: "integer", minimum: 1 } }
    },
    input: closedObject({ schema: { type: "object" }, default: { type: "object" } }, ["schema"]),
    output: closedObject({ format: { enum: ["json", "text"] }, schema: { type: "object" } }, ["format"]),
    tools: { type: "array", items: text },
    metadata: { type: "object" }
  }
};

// core/validate/schemas/releases.ts
var version = { type: "integer", minimum: 1 };
var releasesSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("releases"),
  title: "copygate prompt releases (prompts/<workflow>/releases.yaml)",
  ...closedObject(
    {
      workflow: { type: "string", pattern: "^[a-z0-9_]+$" },
      production: described("The version campaigns get with workflow@production. Rolling back is reverting the commit that moved it.", version),
      fallback_template: {
        description: "The approved template used when generation fails: a file in this folder.",
        type: "string",
        pattern: "^[A-Za-z0-9_.-]+\\.(hbs|yaml)$"
      },
      history: {
        description: "Every version with its date, what changed and its status: approved, archived or candidate.",
        type: "array",
        minItems: 1,
        items: closedObject({ version, date: isoDate, note: text, status: { enum: ["approved", "archived", "candidate"] } }, ["version", "date", "note", "status"])
      },
      promotion: closedObject(
        {
          suite: text,
          datasets: { type: "array", items: text, minItems: 1 },
          criteria: {
            type: "array",
            items: closedObject({ metric: text, op: { enum: [">", ">=", "<", "<=", "=="] }, value: { type: "number" }, label: text }, ["metric", "op", "value", "label"])
          }
        },
        ["suite", "datasets", "criteria"]
      )
    },
    ["workflow", "production", "history"]
  )
};

// core/validate/schemas/source.ts
var common = {
  name: { type: "string", pattern: "^[a-z0-9_]+$" },
  description: text,
  loaded_at_field: text,
  key: text,
  contains_personal_data: { type: "boolean" },
  // Declared column types: only these reach a prompt, a count by its label, an enum by its values.
  columns: {
    type: "object",
    propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,63}$" },
    additionalProperties: closedObject(
      {
        type: { enum: ["count", "enum", "text"] },
        label: { type: "string", minLength: 1, maxLength: 60 },
        label_one: { type: "string", minLength: 1, maxLength: 60 },
        max: { type: "integer", minimum: 0 },
        values: { type: "array", minItems: 1, maxItems: 100, items: { type: "string", minLength: 1, maxLength: 60 } },
        max_chars: { type: "integer", minimum: 1, maximum: 2e3 }
      },
      ["type"]
    )
  }
};
var envName = { type: "string", pattern: "^[A-Z][A-Z0-9_]*$" };
var hosts = { type: "array", minItems: 1, items: { type: "string", pattern: "^[A-Za-z0-9.:\\[\\]-]+$" } };
var fileSource = closedObject(
  { ...common, kind: { const: "file" }, path: text, format: { enum: ["json", "jsonl", "csv"] } },
  ["name", "kind", "path", "format", "loaded_at_field"]
);
var postgresSource = closedObject({ ...common, kind: { const: "postgres" }, connection_env: envName, hosts, query: text }, ["name", "kind", "connection_env", "query", "loaded_at_field"]);
var httpSource = closedObject(
  { ...common, kind: { const: "http" }, url: { type: "string", format: "uri" }, token_env: envName, hosts, rows_path: text },
  ["name", "kind", "url", "loaded_at_field"]
);
var sourceSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("source"),
  title: "copygate source definition (sources/<name>.yaml)",
  type: "object",
  required: ["kind"],
  properties: { kind: { enum: ["file", "postgres", "http"] } },
  // Chained if/then per kind, so a problem is reported against the one kind the file declares.
  if: { properties: { kind: { const: "postgres" } } },
  then: postgresSource,
  else: { if: { properties: { kind: { const: "http" } } }, then: httpSource, else: fileSource }
};

// core/validate/schemas/trace.ts
var tokens = { latency_ms: { type: "number", minimum: 0 }, input_tokens: count, output_tokens: count };
var traceSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("trace"),
  title: "copygate trace record (one line of .copygate/traces/<date>.jsonl)",
  type: "object",
  required: ["trace_id", "kind", "workflow", "run_id", "started_at", "prompt_version", "model", "inputs", "generation", "evals", "approval", "publish"],
  properties: traceProperties()
};
function traceProperties() {
  const generationProperties = {
    variant: text,
    model: text,
    ...tokens,
    source: { enum: ["model", "fallback_template"] },
    cached: { type: "boolean" },
    started_at: isoDateTime,
    cache_origin: { type: "object", required: ["endpoint", "model", "created_at"], properties: { endpoint: text, model: text, created_at: isoDateTime } },
    repaired: { type: "boolean" },
    fallback_cause: { enum: ["content", "endpoint", "budget"] }
  };
  return {
    trace_id: { type: "string", pattern: "^trace_[0-9a-f]+$" },
    kind: { enum: ["generate", "check", "eval", "publish", "rollback"] },
    workflow: text,
    campaign: text,
    run_id: text,
    started_at: isoDateTime,
    prompt_version: { type: "string", pattern: "^[a-z0-9_]+:v[0-9]+$" },
    prompt_hash: text,
    model: text,
    provider: text,
    temperature: { type: "number" },
    parameters: { type: "object" },
    inputs: { type: "object", additionalProperties: { type: "string" } },
    generation: {
      type: "object",
      required: ["latency_ms", "input_tokens", "output_tokens", "calls", "fallbacks"],
      properties: {
        ...tokens,
        calls: count,
        fallbacks: { type: "array", items: { type: "object", required: ["variant", "reason", "to"], properties: { variant: text, reason: text, to: text } } }
      }
    },
    generations: {
      type: "array",
      items: {
        type: "object",
        required: ["variant", "model", "latency_ms", "input_tokens", "output_tokens"],
        properties: generationProperties
      }
    },
    evals: { type: "array", items: { type: "object", required: ["id", "status"], properties: { id: text, status: checkStatus } } },
    verdict,
    risk_level: riskLevel,
    approval: {
      type: "object",
      required: ["status", "reviewers"],
      properties: { status: { enum: ["pending", "auto_approved", "escalated", "approved", "rejected"] }, reviewers: textList, at: isoDateTime }
    },
    publish: {
      type: "object",
      required: ["status"],
      properties: { status: { enum: ["not_started", "blocked", "published", "rolled_back", "failed"] }, target: text, reason: text }
    },
    content_hash: text
  };
}

// core/validate/schemas/index.ts
var SCHEMAS = {
  campaign: campaignSchema,
  releases: releasesSchema,
  claims: claimsSchema,
  legal: legalSchema,
  brand: brandSchema,
  grounding: groundingSchema,
  source: sourceSchema,
  "dataset-row": datasetRowSchema,
  drafts: draftsSchema,
  trace: traceSchema,
  "prompt-frontmatter": promptFrontmatterSchema
};

// core/validate/precompiled-schemas.ts
var PRECOMPILED = {};
var PRECOMPILED_META = void 0;

// core/validate/ajv.ts
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
function newAjv(validateSchema = true) {
  const ajv = new import__.Ajv2020({ allErrors: true, verbose: true, strict: false, validateSchema });
  addFormats(ajv);
  return ajv;
}
var shared = newAjv(false);
var userAjv;
var userAjvChecked;
var META_2020_12 = "https://json-schema.org/draft/2020-12/schema";
function compileUser(schema) {
  const $schema = schema.$schema;
  if (!PRECOMPILED_META || $schema !== void 0 && $schema !== META_2020_12) return (userAjv ??= newAjv()).compile(schema);
  const checked = userAjvChecked ??= newAjv(false);
  if (!PRECOMPILED_META(schema)) throw new Error(`schema is invalid: ${checked.errorsText(PRECOMPILED_META.errors)}`);
  return checked.compile(schema);
}
var compiled = /* @__PURE__ */ new Map();
function schemaValidator(name) {
  let validate = compiled.get(name);
  if (!validate) {
    validate = PRECOMPILED[name] ?? shared.compile(SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}
var userSchemas = /* @__PURE__ */ new Map();
function compileUserSchema(schema) {
  const key = JSON.stringify(schema);
  let compiledSchema = userSchemas.get(key);
  if (!compiledSchema) {
    try {
      compiledSchema = { validate: compileUser(schema) };
    } catch (error) {
      compiledSchema = { error: error.message.split("\n")[0] };
    }
    userSchemas.set(key, compiledSchema);
  }
  return compiledSchema;
}

// core/validate/messages.ts
var FORMATS = {
  date: "a date like 2026-10-02",
  "date-time": "a date and time like 2026-12-31T23:59:00Z",
  uri: "a full URL like https://example.com/page"
};
function pointerSegments(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function fieldName(path) {
  if (path.length === 0) return "the file";
  return path.map((s, i) => /^\d+$/.test(String(s)) ? `[${s}]` : i === 0 ? String(s) : `.${s}`).join("");
}
function schemaIssues(errors) {
  const all = errors ?? [];
  const anyOfPaths = all.filter((e) => e.keyword === "anyOf").map((e) => e.schemaPath.replace(/\/anyOf$/, "/anyOf/"));
  return all.filter((e) => e.keyword !== "if" && !anyOfPaths.some((p) => e.schemaPath.startsWith(p))).map(issueOf);
}
function issueOf(error) {
  const path = pointerSegments(error.instancePath);
  const field = fieldName(path);
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return { path, message: `missing required field "${String(params.missingProperty)}"${path.length ? ` in ${field}` : ""}` };
    case "additionalProperties":
      return { path: [...path, String(params.additionalProperty)], message: unknownField(String(params.additionalProperty), error.parentSchema, path) };
    case "propertyNames":
      return { path: [...path, String(params.propertyName)], message: `unknown field "${String(params.propertyName)}"` };
    case "type":
      return { path, message: `${field} must be ${article(String(params.type))}, not ${describe(error.data)}` };
    case "enum":
      return { path, message: `${field} must be one of: ${params.allowedValues.map(show).join(", ")} (found ${show(error.data)})` };
    case "const":
      return { path, message: `${field} must be ${show(params.allowedValue)} (found ${show(error.data)})` };
    case "format":
      return { path, message: `${field} must be ${FORMATS[String(params.format)] ?? `in ${String(params.format)} format`} (found ${show(error.data)})` };
    case "pattern":
      return { path, message: `${field} has the wrong form: ${show(error.data)} does not match ${String(params.pattern)}` };
    case "maxLength":
      return { path, message: `${field} is ${[...String(error.data)].length} characters, over the limit of ${String(params.limit)}: shorten it` };
    case "maxItems":
      return { path, message: `${field} has ${Array.isArray(error.data) ? error.data.length : "too many"} items, over the limit of ${String(params.limit)}` };
    case "minItems": {
      const limit = Number(params.limit);
      return { path, message: `${field} needs at least ${limit} ${limit === 1 ? "item" : "items"} (found ${Array.isArray(error.data) ? error.data.length : 0})` };
    }
    case "anyOf":
      return { path, message: `${field} has the wrong form (found ${describe(error.data)})` };
    default:
      return { path, message: `${field} ${error.message ?? "is invalid"}` };
  }
}
function unknownField(name, parentSchema, path) {
  const known = Object.keys(parentSchema?.properties ?? {});
  const guess = known.map((k) => [k, distance(k, name)]).sort((a, b) => a[1] - b[1])[0];
  const where = path.length ? ` in ${fieldName(path)}` : "";
  const hint = guess && guess[1] <= Math.max(1, Math.floor(name.length / 3)) ? ` \u2014 did you mean "${guess[0]}"?` : known.length ? ` (allowed: ${known.join(", ")})` : "";
  return `unknown field "${name}"${where}${hint}`;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
function article(type) {
  const names = { object: "a mapping of fields", array: "a list", string: "text", integer: "a whole number", number: "a number", boolean: "true or false", null: "empty (null)" };
  return type.split(",").map((t) => names[t] ?? t).join(" or ");
}
function describe(value) {
  if (value === null || value === void 0) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value === "string" ? "text" : typeof value} ${show(value)}`;
}
function show(value) {
  const text2 = JSON.stringify(value) ?? String(value);
  return text2.length > 60 ? `${text2.slice(0, 57)}\u2026` : text2;
}

// core/validate/yaml-file.ts
import { posix } from "node:path";
function problemAt(file, located, path, message) {
  return { path: file, ...located.locate(path), message };
}
function schemaProblems(file, located, name, data, basePath = []) {
  const validate = schemaValidator(name);
  if (validate(data)) return [];
  return schemaIssues(validate.errors).map((issue) => problemAt(file, located, [...basePath, ...issue.path], issue.message));
}
function expectedSchemaLine(file, name) {
  const depth = posix.dirname(file).split("/").filter((s) => s && s !== ".").length;
  return `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/${name}.schema.json`;
}
function checkYamlFile(file, text2, name, parsedTexts) {
  const problems = [];
  const firstLine = text2.replace(/^\uFEFF/, "").split("\n", 1)[0]?.trimEnd() ?? "";
  const expected = expectedSchemaLine(file, name);
  if (firstLine !== expected) {
    const message = firstLine.startsWith("# yaml-language-server:") ? `the schema line points elsewhere: write "${expected}"` : `add "${expected}" as the first line, so editors check this file`;
    problems.push({ path: file, line: 1, col: 1, message, advisory: true });
  }
  const located = parseLocated(text2, 0, parsedTexts);
  if (located.syntaxError) {
    const { line, col, message } = located.syntaxError;
    return { located, data: void 0, valid: false, problems: [...problems, { path: file, line, col, message: `YAML syntax error: ${message}` }] };
  }
  const invalid = schemaProblems(file, located, name, located.data ?? null);
  return { located, data: located.data, valid: invalid.length === 0, problems: [...problems, ...invalid] };
}

// core/validate/campaign-input.ts
var SAMPLE_COHORTS = [
  { key: "personalized:admin", variant: "personalized", role: "admin", plan_name: "Team trial", recipients: 1, usage_summary: "Created 1 dashboard.", crm_notes: "Note." },
  { key: "generic", variant: "generic", plan_name: "Team trial", recipients: 1 }
];
async function campaignInputProblems(campaign, checked, file, ctx) {
  const workflow = (await ctx.workflows()).get(campaign.workflow);
  const ref = parsePromptRef(campaign.prompt);
  const number = ref.selector === "production" ? productionVersion(workflow) : ref.selector;
  const inputSchema = number === void 0 ? void 0 : workflow?.versions.get(number)?.inputSchema;
  const policies = await loadPolicies2(campaign, ctx);
  if (!inputSchema || !policies) return [];
  const { validate } = compileUserSchema(inputSchema);
  if (!validate) return [];
  const variantsByIssue = /* @__PURE__ */ new Map();
  for (const cohort of SAMPLE_COHORTS) {
    let input;
    try {
      input = selectDeclaredInput(inputSchema, buildPromptInput({ campaign, policies, cohort }));
    } catch {
      return [];
    }
    if (validate(input)) continue;
    for (const issue of schemaIssues(validate.errors)) variantsByIssue.set(issue.message, [...variantsByIssue.get(issue.message) ?? [], cohort.variant]);
  }
  return [...variantsByIssue].map(([message, variants]) => {
    const who = variants.length === SAMPLE_COHORTS.length ? "every variant" : `the ${variants.join(" and ")} variant`;
    return problemAt(file, checked.located, ["prompt"], `${campaign.workflow}@${number} needs input this campaign does not supply (${who}): ${message}`);
  });
}
async function loadPolicies2(campaign, ctx) {
  const [claims, legal, brand] = await ctx.policyData(campaign.policies);
  const isObject = (v) => v !== null && typeof v === "object";
  if (!isObject(claims) || !isObject(legal) || !isObject(brand)) return void 0;
  return { claims, legal, brand };
}

// core/validate/check-publish.ts
var EVERY_VARIABLE_SET = new Proxy({}, { get: (_, name) => typeof name === "string" ? "(not checked here)" : void 0 });
async function publishProblems(campaign, ctx, at) {
  const publish = campaign.publish;
  if (!publish || typeof publish !== "object") return [];
  const settings = publish;
  const target = typeof settings.target === "string" ? findTarget(settings.target) : void 0;
  if (!target?.checkSettings) return [];
  const env = ctx.env ?? EVERY_VARIABLE_SET;
  return target.checkSettings(settings, env).map((message) => {
    const field = /^publish\.([a-z_]+)/.exec(message)?.[1];
    return at(field && field in settings ? ["publish", field] : ["publish"], message);
  });
}
async function emailTemplateProblems(campaign, ctx, at) {
  const template = campaign.email?.template;
  if (typeof template !== "string" || await ctx.exists(template)) return [];
  return [at(["email", "template"], `email template "${template}" does not exist: give a repository-relative path to an .mjml file`)];
}
async function unsubscribeLinkProblems(campaign, campaignDir, ctx, at) {
  if (typeof campaign.publish?.target !== "string" || !campaign.channel || typeof campaign.channel !== "object") return [];
  const template = templatePathFor(campaign, campaignDir);
  if (!template || unsubscribeUrl(campaign) || !await ctx.exists(template.path)) return [];
  return [at(campaign.email ? ["email"] : ["publish", "target"], `the campaign renders email (${template.path}) but has no unsubscribe link for target "${campaign.publish.target}": set email.unsubscribe_url to your preference-center link (sendgrid, mailchimp and customerio place their own tag)`)];
}
async function checkEmailTemplate(file, text2) {
  try {
    const template = parseEmailTemplate(file, text2);
    await mjmlToHtml(template.fill(Object.fromEntries(SLOT_NAMES.map((name) => [name, name]))), file);
    return [];
  } catch (error) {
    if (error instanceof MjmlEngineUnavailable) {
      return [{ path: file, line: 1, col: 1, message: `slots checked; MJML not checked: ${error.message} \u2014 \`copygate validate\` in a checkout with node_modules checks it`, advisory: true }];
    }
    if (!isInputError(error)) throw error;
    return [{ path: file, line: error.line ?? 1, col: error.col ?? 1, message: error.hint ? `${error.message} \u2014 ${error.hint}` : error.message }];
  }
}

// core/validate/check-rollout.ts
async function rolloutProblems(campaign, ctx, at) {
  const rollout = campaign.rollout;
  if (!rollout || typeof rollout !== "object" || typeof campaign.workflow !== "string") return [];
  const workflow = (await ctx.workflows()).get(campaign.workflow);
  if (!workflow) return [];
  const problems = [];
  const known = [...workflow.versions.keys()].sort((a, b) => a - b);
  if (typeof rollout.candidate === "number" && !workflow.versions.has(rollout.candidate)) {
    problems.push(at(["rollout", "candidate"], `candidate version ${rollout.candidate} does not exist: there is no prompts/${campaign.workflow}/${campaign.workflow}.v${rollout.candidate}.prompt (versions: ${known.join(", ")})`));
  }
  const history = workflow.releases?.history ?? [];
  const marked = Array.isArray(history) && history.some((h) => h?.status === "candidate");
  if (rollout.candidate === void 0 && !marked && rollout.stage !== "offline" && rollout.stage !== "production") {
    problems.push({ ...at(["rollout", "stage"], `stage ${rollout.stage} has no candidate: set rollout.candidate, or mark a version as candidate in prompts/${campaign.workflow}/releases.yaml; until then every recipient gets production's drafts`), advisory: true });
  }
  const sources = await ctx.sourceNames();
  for (const [field, input] of [["results", rollout.results], ["shadow", rollout.shadow]]) {
    if (input && "source" in input && typeof input.source === "string" && !sources.includes(input.source)) {
      problems.push(at(["rollout", field, "source"], `source "${input.source}" does not exist: add sources/${input.source}.yaml (have: ${sources.join(", ") || "none"})`));
    }
  }
  return problems;
}

// core/validate/check-campaign.ts
var POLICY_KINDS = ["approved_claims", "legal_restrictions", "brand_rules"];
async function checkCampaign(file, text2, ctx) {
  const checked = checkYamlFile(file, text2, "campaign", ctx.parsedTexts);
  if (checked.data === null || typeof checked.data !== "object") return checked.problems;
  const campaign = checked.data;
  const at = (path, message) => problemAt(file, checked.located, path, message);
  const problems = [...checked.problems];
  const folder = posix2.basename(posix2.dirname(file));
  if (typeof campaign.id === "string" && campaign.id !== folder) problems.push(at(["id"], `id "${campaign.id}" differs from its folder "${folder}": rename one so they match`));
  for (const check of [promptProblems, policyProblems, contractProblems, evalsProblems, channelRangeProblems, publishTargetNameProblems, publishProblems, emailTemplateProblems, rolloutProblems]) {
    problems.push(...await check(campaign, ctx, at).catch(() => []));
  }
  problems.push(...await unsubscribeLinkProblems(campaign, posix2.dirname(file), ctx, at).catch(() => []));
  if (checked.valid && problems.length === checked.problems.length) problems.push(...await campaignInputProblems(campaign, checked, file, ctx));
  return problems;
}
var isText2 = (value) => typeof value === "string";
var isMapping = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
async function promptProblems(campaign, ctx, at) {
  if (!isText2(campaign.workflow) || !isText2(campaign.prompt)) return [];
  const workflows = await ctx.workflows();
  const workflow = workflows.get(campaign.workflow);
  if (!workflow) return [at(["workflow"], `workflow "${campaign.workflow}" has no prompts/${campaign.workflow}/releases.yaml (known: ${[...workflows.keys()].join(", ") || "none"})`)];
  const ref = parsePromptRef(campaign.prompt);
  if (ref.workflow !== campaign.workflow) return [at(["prompt"], `prompt "${campaign.prompt}" belongs to workflow "${ref.workflow}", but the campaign's workflow is "${campaign.workflow}"`)];
  const number = ref.selector === "production" ? productionVersion(workflow) : ref.selector;
  if (number === void 0) return [at(["prompt"], `prompts/${campaign.workflow}/releases.yaml pins no production version`)];
  if (!workflow.versions.has(number)) {
    const known = [...workflow.versions.keys()].sort((a, b) => a - b).join(", ");
    return [at(["prompt"], `prompt ${campaign.workflow}@${number} does not exist: there is no prompts/${campaign.workflow}/${campaign.workflow}.v${number}.prompt (versions: ${known})`)];
  }
  return [];
}
async function policyProblems(campaign, ctx, at) {
  const problems = [];
  if (!isMapping(campaign.policies)) return [];
  for (const kind of POLICY_KINDS) {
    const version2 = campaign.policies[kind];
    if (!isText2(version2)) continue;
    const known = await ctx.policyVersions(kind);
    if (!known.includes(version2)) problems.push(at(["policies", kind], `${kind} version "${version2}" does not exist: no ${ctx.policyPath(kind, version2)} (have: ${known.join(", ") || "none"})`));
  }
  const claimsVersion = campaign.policies.approved_claims;
  if (problems.length === 0 && isText2(claimsVersion) && Array.isArray(campaign.brief?.claims)) {
    const approved = await ctx.claimIds(claimsVersion);
    campaign.brief.claims.forEach((id, i) => {
      if (isText2(id) && !approved.includes(id)) problems.push(at(["brief", "claims", i], `claim "${id}" is not in ${claimsVersion}: use an approved claim id (${approved.join(", ")})`));
    });
  }
  return problems;
}
async function contractProblems(campaign, ctx, at) {
  const problems = [];
  if (!isMapping(campaign.contract)) return [];
  const sources = await ctx.sourceNames();
  for (const [name, input] of Object.entries(campaign.contract)) {
    if (isMapping(input) && isText2(input.source) && !sources.includes(input.source)) {
      problems.push(at(["contract", name, "source"], `source "${input.source}" does not exist: add sources/${input.source}.yaml (have: ${sources.join(", ") || "none"})`));
    }
  }
  if (isMapping(campaign.audience) && isText2(campaign.audience.input) && !(campaign.audience.input in campaign.contract)) {
    problems.push(at(["audience", "input"], `audience.input "${campaign.audience.input}" is not an input of the contract (inputs: ${Object.keys(campaign.contract).join(", ")})`));
  }
  return problems;
}
async function evalsProblems(campaign, _ctx, at) {
  if (!Array.isArray(campaign.evals)) return [];
  const known = CHECK_IDS;
  return campaign.evals.flatMap(
    (id, i) => isText2(id) && !known.includes(id) ? [at(["evals", i], `unknown check "${id}": use "default" or check ids from: ${known.join(", ")}`)] : []
  );
}
async function channelRangeProblems(campaign, _ctx, at) {
  if (!isMapping(campaign.channel)) return [];
  const channel = campaign.channel;
  const ranges = [["preview_min_chars", "preview_max_chars"], ["headlines_min", "headlines_max"], ["descriptions_min", "descriptions_max"]];
  return ranges.flatMap(([low, high]) => {
    const min = channel[low];
    const max = channel[high];
    if (typeof min !== "number" || typeof max !== "number" || min <= max) return [];
    return [at(["channel", low], `channel.${low} (${min}) is above channel.${high} (${max}): no draft could pass; lower the minimum or raise the maximum`)];
  });
}
async function publishTargetNameProblems(campaign, _ctx, at) {
  const target = isMapping(campaign.publish) ? campaign.publish.target : void 0;
  if (!isText2(target) || Object.hasOwn(TARGETS, target)) return [];
  return [at(["publish", "target"], `unknown publish target "${target}": use one of ${Object.keys(TARGETS).join(", ")}`)];
}

// core/validate/check-dataset.ts
import { posix as posix3 } from "node:path";

// core/validate/json-file.ts
function parseLocatedJson(text2, lineOffset = 0) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    return { jsonError: { ...jsonErrorPosition(text2, error.message, lineOffset), message: "invalid JSON: check for a missing comma, quote or bracket here" } };
  }
  let located;
  return { data, locate: (path) => (located ??= parseLocated(text2, lineOffset)).locate(path) };
}
function jsonErrorPosition(text2, message, lineOffset) {
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text2.trimEnd().length;
  const before = text2.slice(0, offset).split("\n");
  return { line: before.length + lineOffset, col: (before[before.length - 1]?.length ?? 0) + 1 };
}

// core/validate/check-dataset.ts
async function checkDataset(file, text2, ctx) {
  const workflowName = posix3.basename(posix3.dirname(file));
  const workflow = (await ctx.workflows()).get(workflowName);
  if (!workflow) return [{ path: file, line: 1, col: 1, message: `datasets/${workflowName}/ names no workflow: there is no prompts/${workflowName}/releases.yaml` }];
  const production = productionVersion(workflow);
  const inputSchema = production === void 0 ? void 0 : workflow.versions.get(production)?.inputSchema;
  const validateInput = inputSchema ? compileUserSchema(inputSchema).validate : void 0;
  const problems = [];
  const ids = /* @__PURE__ */ new Map();
  text2.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    problems.push(...rowProblems(file, line, i, `${workflowName}@${production}`, validateInput, ids));
  });
  return problems;
}
function rowProblems(file, line, index, ref, validateInput, ids) {
  const located = parseLocatedJson(line, index);
  if ("jsonError" in located) return [{ path: file, ...located.jsonError }];
  const invalid = schemaProblems(file, located, "dataset-row", located.data ?? null);
  if (invalid.length > 0) return invalid;
  const row = located.data;
  const problems = [];
  const earlier = ids.get(row.id);
  if (earlier !== void 0) problems.push(problemAt(file, located, ["id"], `id "${row.id}" is already used on line ${earlier}`));
  else ids.set(row.id, index + 1);
  if (validateInput && !validateInput(row.input)) {
    for (const issue of schemaIssues(validateInput.errors)) {
      problems.push(problemAt(file, located, ["input", ...issue.path], `input does not fit ${ref}'s input schema: ${issue.message}`));
    }
  }
  return problems;
}

// core/validate/check-drafts.ts
import { posix as posix4 } from "node:path";
async function checkDrafts(file, text2, ctx) {
  const located = parseLocatedJson(text2);
  if ("jsonError" in located) return [{ path: file, ...located.jsonError }];
  const invalid = schemaProblems(file, located, "drafts", located.data ?? null);
  if (invalid.length > 0) return invalid;
  const drafts = located.data;
  const problems = [];
  const folder = posix4.basename(posix4.dirname(file));
  if (drafts.campaign !== folder) problems.push(problemAt(file, located, ["campaign"], `campaign "${drafts.campaign}" differs from its folder "${folder}"`));
  if (draftsContentHash(drafts.variants) !== drafts.content_hash) {
    problems.push(problemAt(file, located, ["content_hash"], `content_hash does not match the variants' content (edited after generation?): run copygate generate campaigns/${folder} and commit the result`));
  }
  const { workflow, prompt_version: version2 } = drafts.provenance;
  const facts = (await ctx.workflows()).get(workflow)?.versions.get(version2);
  if (!facts) return [...problems, problemAt(file, located, ["provenance", "prompt_version"], `prompt ${workflow}@${version2} does not exist in prompts/`)];
  const validate = facts.outputSchema ? compileUserSchema(facts.outputSchema).validate : void 0;
  drafts.variants.forEach((variant2, i) => {
    if (validate && !validate(variant2.content)) {
      for (const issue of schemaIssues(validate.errors)) {
        problems.push(problemAt(file, located, ["variants", i, "content", ...issue.path], `content does not fit ${workflow}@${version2}'s output schema: ${issue.message}`));
      }
    }
  });
  return problems;
}

// core/validate/check-fallback.ts
import { posix as posix5 } from "node:path";

// core/validate/fallback-render.ts
async function renderedFallbackProblems(file, text2, workflow, outputSchema, ctx) {
  const { validate } = compileUserSchema(outputSchema);
  if (!validate) return [];
  const problems = [];
  for (const { dir, data } of await ctx.campaigns()) {
    if (data.workflow !== workflow || !schemaValidator("campaign")(data)) continue;
    const campaign = data;
    const policies = await policiesOf(campaign, ctx);
    if (!policies) continue;
    let content;
    try {
      const input = buildPromptInput({ campaign, policies, cohort: { key: "generic", variant: "generic", plan_name: String(campaign.audience?.expect?.plan_name ?? ""), recipients: 0 } });
      content = fallbackFields(file, compileFallback(file, text2)(input), outputSchema);
    } catch {
      continue;
    }
    if (validate(content)) continue;
    for (const issue of schemaIssues(validate.errors)) {
      const line = headerLine(text2, String(issue.path[0] ?? ""));
      problems.push({ path: file, line, col: 1, message: `rendered for ${dir}, the fallback does not fit the output schema: ${issue.message}` });
    }
  }
  return problems;
}
async function policiesOf(campaign, ctx) {
  const [claims, legal, brand] = await ctx.policyData(campaign.policies);
  if (!schemaValidator("claims")(claims) || !schemaValidator("legal")(legal) || !schemaValidator("brand")(brand)) return void 0;
  return { claims, legal, brand };
}
function headerLine(text2, field) {
  const index = text2.split("\n").findIndex((line) => line.trimEnd() === `## ${field}`);
  return index + 1 || 1;
}

// core/validate/template-vars.ts
var import_handlebars2 = __toESM(require_lib(), 1);
var HELPERS = /* @__PURE__ */ new Set(["role", "json", "section", "media", "history", "ifEquals", "unlessEquals", "each", "if", "unless", "with", "lookup", "log"]);
var SCOPING_BLOCKS = /* @__PURE__ */ new Set(["each", "with"]);
function parseTemplate(template) {
  try {
    return { program: import_handlebars2.default.parse(template) };
  } catch (error) {
    const { message, lineNumber, column } = error;
    if (lineNumber !== void 0) {
      return { error: { message: `template syntax error: ${message.replace(/ - \d+:\d+$/, "")}`, line: lineNumber, col: (column ?? 0) + 1 } };
    }
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    const got = /got '([A-Z_]+)'/.exec(message)?.[1];
    const detail = got === "EOF" ? "the template ends before a {{#block}} or {{ }} is closed" : got ? `unexpected ${got.toLowerCase().replace(/_/g, " ")}` : "cannot parse";
    return { error: { message: `template syntax error: ${detail}`, line, col: 1 } };
  }
}
function templateVariables(program) {
  const found = /* @__PURE__ */ new Map();
  const record = (path, scope) => {
    const parts = rootParts(path, scope);
    if (!parts || parts.length === 0) return;
    const key = parts.join(".");
    if (!found.has(key)) found.set(key, { path: parts, line: path.loc?.start.line ?? 1, col: (path.loc?.start.column ?? 0) + 1 });
  };
  const visitExpression = (node, scope) => {
    if (!node) return;
    if (node.type === "PathExpression") record(node, scope);
    if (node.type === "SubExpression") visitCall(node, scope);
  };
  const visitCall = (call, scope) => {
    const isHelper = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0 || call.path.type === "PathExpression" && HELPERS.has(call.path.original);
    if (!isHelper) visitExpression(call.path, scope);
    for (const param of call.params) visitExpression(param, scope);
    for (const pair of call.hash?.pairs ?? []) visitExpression(pair.value, scope);
  };
  const visitProgram = (program2, scope) => {
    for (const statement of program2?.body ?? []) {
      if (statement.type === "MustacheStatement") visitCall(statement, scope);
      if (statement.type === "BlockStatement") {
        const block = statement;
        visitCall(block, scope);
        const name = block.path.type === "PathExpression" ? block.path.original : "";
        visitProgram(block.program, SCOPING_BLOCKS.has(name) ? scope + 1 : scope);
        visitProgram(block.inverse, scope);
      }
    }
  };
  visitProgram(program, 0);
  return [...found.values()];
}
function rootParts(path, scope) {
  if (path.data) return path.parts[0] === "root" ? path.parts.slice(1) : null;
  if (path.original === "this" || path.original === "." || /^(this[./]|\.\/)/.test(path.original)) return null;
  return scope - path.depth === 0 ? [...path.parts] : null;
}

// core/validate/variables.ts
function declaredInSchema(schema, path) {
  let node = schema;
  for (const segment of path) {
    if (!node || typeof node !== "object") return false;
    const next = node.properties?.[segment];
    if (next !== void 0) {
      node = next;
      continue;
    }
    return !node.properties && node.additionalProperties !== false && node.type !== "string" && node.type !== "array";
  }
  return true;
}
function suppliedByCampaign(path) {
  const [top, nested] = path;
  if (top === void 0 || !(top in STANDARD_CONTEXT)) return false;
  const keys = STANDARD_CONTEXT[top];
  return keys === null || keys === void 0 || nested === void 0 || keys.includes(nested);
}
function standardContextNames() {
  return Object.entries(STANDARD_CONTEXT).map(([key, nested]) => nested ? `${key}.{${nested.join(",")}}` : key).join(", ");
}
function requiredPaths(schema) {
  const paths = [];
  const walk2 = (node, prefix) => {
    const { required, properties } = node ?? {};
    if (!Array.isArray(required)) return;
    for (const key of required.map(String)) {
      paths.push([...prefix, key]);
      if (prefix.length === 0) walk2(properties?.[key], [key]);
    }
  };
  walk2(schema, []);
  return paths;
}

// core/validate/check-fallback.ts
async function checkFallback(file, text2, ctx) {
  const parsed = parseTemplate(text2);
  if (parsed.error) return [{ path: file, line: parsed.error.line, col: parsed.error.col, message: parsed.error.message }];
  const problems = [];
  for (const variable of templateVariables(parsed.program)) {
    if (!suppliedByCampaign(variable.path)) {
      problems.push({ path: file, line: variable.line, col: variable.col, message: `template variable "${variable.path.join(".")}" is not supplied by campaigns (they supply ${standardContextNames()})` });
    }
  }
  const workflowName = posix5.basename(posix5.dirname(file));
  const workflow = (await ctx.workflows()).get(workflowName);
  const production = productionVersion(workflow);
  const outputSchema = production === void 0 ? void 0 : workflow?.versions.get(production)?.outputSchema;
  const fields = Object.keys(outputSchema?.properties ?? {});
  if (fields.length === 0) return problems;
  text2.split("\n").forEach((line, i) => {
    const header = /^## (\S+)\s*$/.exec(line);
    if (header?.[1] && !fields.includes(header[1])) {
      problems.push({ path: file, line: i + 1, col: 4, message: `"${header[1]}" is not a field of the production output schema (fields: ${fields.join(", ")})` });
    }
  });
  const filled = new Set(text2.split("\n").map((l) => /^## (\S+)\s*$/.exec(l)?.[1]).filter(Boolean));
  const required = outputSchema.required ?? [];
  for (const field of required.filter((f) => !filled.has(f))) {
    problems.push({ path: file, line: 1, col: 1, message: `the fallback fills no "${field}", which the production output schema requires: add a "## ${field}" section` });
  }
  if (problems.length > 0 || !outputSchema) return problems;
  return renderedFallbackProblems(file, text2, workflowName, outputSchema, ctx);
}

// core/validate/check-policy.ts
import { posix as posix6 } from "node:path";
function policyCheck(name) {
  return async (file, text2, ctx) => {
    const checked = checkYamlFile(file, text2, name, ctx.parsedTexts);
    if (!checked.valid) return checked.problems;
    const data = checked.data;
    const problems = [...checked.problems];
    const expected = posix6.basename(file, ".yaml");
    if (data.version !== expected) problems.push(problemAt(file, checked.located, ["version"], `version "${data.version}" differs from the file name: rename the file to ${data.version}.yaml or fix the version`));
    const list = data.claims ? "claims" : data.restrictions ? "restrictions" : "claim_kinds";
    const seen = /* @__PURE__ */ new Set();
    (data.claims ?? data.restrictions ?? data.claim_kinds ?? []).forEach((item, i) => {
      if (seen.has(item.id)) problems.push(problemAt(file, checked.located, [list, i, "id"], `id "${item.id}" is used twice`));
      seen.add(item.id);
    });
    const patterns = [
      ...(data.claim_kinds ?? []).flatMap((k, i) => (k.patterns ?? []).map((p, j) => [["claim_kinds", i, "patterns", j], p])),
      ...(data.self_reference?.patterns ?? []).map((p, j) => [["self_reference", "patterns", j], p])
    ];
    for (const [path, pattern] of patterns) {
      const error = regexError(pattern);
      if (error) problems.push(problemAt(file, checked.located, path, `pattern does not compile (${error}): fix the regular expression`));
    }
    return problems;
  };
}
function regexError(pattern) {
  try {
    new RegExp(pattern, "i");
    return void 0;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// core/validate/check-prompt.ts
import { posix as posix7 } from "node:path";
async function checkPrompt(file, text2, ctx) {
  const folder = posix7.basename(posix7.dirname(file));
  const isWorkflow = (await ctx.workflows()).has(folder);
  const number = versionFromFileName(folder, posix7.basename(file));
  const problems = [];
  if (isWorkflow && number === null) problems.push({ path: file, line: 1, col: 1, message: `a prompt version of ${folder} is named ${folder}.v<N>.prompt (for example ${folder}.v9.prompt)` });
  const parts = splitPromptFile(text2);
  if (!parts) return [...problems, { path: file, line: 1, col: 1, message: "a .prompt file starts with a --- line, then its YAML frontmatter, then another --- line, then the template" }];
  const located = parseLocated(parts.frontmatter, parts.frontmatterLineOffset, ctx.parsedTexts);
  if (located.syntaxError) {
    const { line, col, message } = located.syntaxError;
    problems.push({ path: file, line, col, message: `YAML syntax error in the frontmatter: ${message}` });
  }
  const parsedTemplate = parseTemplate(parts.template);
  if (parsedTemplate.error) {
    const { line, col, message } = parsedTemplate.error;
    problems.push({ path: file, line: line + parts.templateLineOffset, col, message });
  }
  if (!isWorkflow || located.syntaxError) return problems;
  problems.push(...schemaProblems(file, located, "prompt-frontmatter", located.data ?? null));
  const frontmatter = located.data && typeof located.data === "object" ? located.data : {};
  problems.push(...identityProblems(file, located, frontmatter, folder, number));
  const inputSchema = frontmatter.input?.schema;
  if (!inputSchema || typeof inputSchema !== "object") return problems;
  problems.push(...schemaCompileProblems(file, located, frontmatter));
  if (parsedTemplate.program) problems.push(...variableProblems(file, parsedTemplate.program, inputSchema, parts.templateLineOffset));
  for (const path of requiredPaths(inputSchema)) {
    if (!suppliedByCampaign(path)) problems.push(problemAt(file, located, ["input", "schema", "required"], `required input "${path.join(".")}" is not supplied by campaigns: make it optional or remove it`));
  }
  return problems;
}
function variableProblems(file, program, inputSchema, lineOffset) {
  const problems = [];
  for (const variable of templateVariables(program)) {
    const name = variable.path.join(".");
    const where = { path: file, line: variable.line + lineOffset, col: variable.col };
    if (!declaredInSchema(inputSchema, variable.path)) problems.push({ ...where, message: `template variable "${name}" is not declared in the input schema: add it under input.schema.properties` });
    else if (!suppliedByCampaign(variable.path)) problems.push({ ...where, message: `template variable "${name}" is not supplied by campaigns (they supply ${standardContextNames()})` });
  }
  return problems;
}
function identityProblems(file, located, frontmatter, folder, number) {
  const problems = [];
  if (typeof frontmatter.name === "string" && frontmatter.name !== folder) problems.push(problemAt(file, located, ["name"], `name "${frontmatter.name}" differs from the workflow folder "${folder}"`));
  if (number !== null && frontmatter.version !== void 0 && Number(frontmatter.version) !== number) {
    problems.push(problemAt(file, located, ["version"], `version "${frontmatter.version}" differs from the file name's v${number}`));
  }
  return problems;
}
function schemaCompileProblems(file, located, frontmatter) {
  const problems = [];
  for (const side of ["input", "output"]) {
    const schema = frontmatter[side]?.schema;
    if (!schema || typeof schema !== "object") continue;
    const { error } = compileUserSchema(schema);
    if (error) problems.push(problemAt(file, located, [side, "schema"], `${side}.schema is not a valid JSON Schema: ${error}`));
  }
  return problems;
}

// core/validate/check-releases.ts
import { posix as posix8 } from "node:path";
async function checkReleases(file, text2, ctx) {
  const checked = checkYamlFile(file, text2, "releases", ctx.parsedTexts);
  if (!checked.valid) return checked.problems;
  const releases = checked.data;
  const at = (path, message) => problemAt(file, checked.located, path, message);
  const folder = posix8.basename(posix8.dirname(file));
  const problems = [...checked.problems];
  if (releases.workflow !== folder) problems.push(at(["workflow"], `workflow "${releases.workflow}" differs from its folder "${folder}"`));
  const versions = (await ctx.workflows()).get(folder)?.versions ?? /* @__PURE__ */ new Map();
  const promptFile = (v) => `prompts/${folder}/${folder}.v${v}.prompt`;
  const pinned = releases.history.find((h) => h.version === releases.production);
  if (!pinned) problems.push(at(["production"], `production version ${releases.production} has no entry in history: add one, or pin a version listed there`));
  else if (pinned.status !== "approved") problems.push(at(["production"], `production version ${releases.production} has status "${pinned.status}" in history: only an approved version can be production`));
  if (!versions.has(releases.production)) problems.push(at(["production"], `production version ${releases.production} has no prompt file: ${promptFile(releases.production)} does not exist`));
  const seen = /* @__PURE__ */ new Set();
  releases.history.forEach((entry, i) => {
    if (seen.has(entry.version)) problems.push(at(["history", i, "version"], `version ${entry.version} appears twice in history`));
    seen.add(entry.version);
    if (!versions.has(entry.version)) problems.push(at(["history", i, "version"], `version ${entry.version} has no prompt file: ${promptFile(entry.version)} does not exist`));
  });
  for (const version2 of versions.keys()) {
    if (!seen.has(version2)) problems.push(at(["history"], `${promptFile(version2)} is not in history: add an entry with its date, note and status`));
  }
  const fallbackOutside = releases.fallback_template ? await ctx.outside(`prompts/${folder}/${releases.fallback_template}`) : null;
  if (fallbackOutside) problems.push(at(["fallback_template"], fallbackOutside));
  else if (releases.fallback_template && !await ctx.exists(`prompts/${folder}/${releases.fallback_template}`)) {
    problems.push(at(["fallback_template"], `fallback template prompts/${folder}/${releases.fallback_template} does not exist`));
  }
  for (const [i, dataset] of (releases.promotion?.datasets ?? []).entries()) {
    const datasetOutside = await ctx.outside(dataset);
    if (datasetOutside) problems.push(at(["promotion", "datasets", i], datasetOutside));
    else if (!await ctx.exists(dataset)) problems.push(at(["promotion", "datasets", i], `dataset ${dataset} does not exist`));
  }
  return problems;
}

// core/validate/check-source.ts
import { posix as posix9 } from "node:path";
async function checkSource(file, text2, ctx) {
  const checked = checkYamlFile(file, text2, "source", ctx.parsedTexts);
  if (!checked.valid) return checked.problems;
  const source = checked.data;
  const problems = [...checked.problems];
  const expected = posix9.basename(file, ".yaml");
  if (source.name !== expected) problems.push(problemAt(file, checked.located, ["name"], `name "${source.name}" differs from the file name: campaigns refer to this source as "${expected}"`));
  const outside = source.kind === "file" ? await ctx.outside(source.path) : null;
  if (outside) problems.push(problemAt(file, checked.located, ["path"], outside));
  else if (source.kind === "file" && !await ctx.exists(source.path)) {
    problems.push(problemAt(file, checked.located, ["path"], `snapshot file ${source.path} does not exist`));
  }
  problems.push(...secretProblems(source).map(([path, message]) => problemAt(file, checked.located, path, message)));
  return problems;
}
function secretProblems(source) {
  const found = [];
  if (source.kind === "http") {
    const inline = inlineSecret(source.url);
    if (inline) found.push([["url"], `url carries ${inline}: a secret in a source file is visible to anyone who reads the repository, so use token_env`]);
  }
  const field = source.kind === "http" ? "token_env" : source.kind === "postgres" ? "connection_env" : null;
  const name = field ? source[field] : void 0;
  if (!field || !name) return found;
  const nameProblem = secretNameProblem(name);
  if (nameProblem) found.push([[field], nameProblem]);
  const hosts2 = source.hosts;
  if (!hosts2 || hosts2.length === 0) found.push([[field], hostProblem("", hosts2) ?? ""]);
  else if (source.kind === "http") {
    const host = hostOf(source.url);
    const problem = host === void 0 ? null : hostProblem(host, hosts2);
    if (problem) found.push([["url"], problem]);
  }
  return found;
}
function inlineSecret(url) {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return "a user name or password";
    const key = [...parsed.searchParams.keys()].find((k) => /key|token|secret|password|passwd|auth|signature|sig$/i.test(k));
    return key ? `the query parameter "${key}"` : null;
  } catch {
    return null;
  }
}
function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return void 0;
  }
}

// core/validate/file-kinds.ts
var FILE_KINDS = [
  { pattern: /^campaigns\/[^/]+\/campaign\.yaml$/, check: checkCampaign },
  { pattern: /^campaigns\/[^/]+\/drafts\.json$/, check: checkDrafts },
  { pattern: /^prompts\/[^/]+\/releases\.yaml$/, check: checkReleases },
  { pattern: /^prompts\/[^/]+\/[^/]+\.prompt$/, check: checkPrompt },
  { pattern: /^prompts\/[^/]+\/[^/]+\.hbs$/, check: checkFallback },
  { pattern: /^policies\/claims\/[^/]+\.yaml$/, check: policyCheck("claims") },
  { pattern: /^policies\/legal\/[^/]+\.yaml$/, check: policyCheck("legal") },
  { pattern: /^policies\/brand\/[^/]+\.yaml$/, check: policyCheck("brand") },
  { pattern: /^policies\/grounding\/[^/]+\.yaml$/, check: policyCheck("grounding") },
  { pattern: /^sources\/[^/]+\.yaml$/, check: checkSource },
  { pattern: /^(campaigns\/[^/]+|templates(\/[^/]+)*)\/[^/]+\.mjml$/, check: checkEmailTemplate },
  // snapshots are source data with their own contract (copygate freshness), not a dataset of briefs
  { pattern: /^datasets\/(?!snapshots\/)[^/]+\/[^/]+\.jsonl$/, check: checkDataset }
];
function checkFor(file) {
  return FILE_KINDS.find((kind) => kind.pattern.test(file))?.check;
}

// core/validate/problems.ts
function sortProblems(problems) {
  const unique = new Map(problems.map((p) => [`${p.path}\0${p.line}\0${p.col}\0${p.message}`, p]));
  return [...unique.values()].sort(
    (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.col - b.col || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

// core/validate/validate.ts
var DEFAULT_TARGETS = ["prompts", "campaigns", "policies", "sources", "datasets", "templates"];
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git", ".copygate"]);
async function validateRepository(root, targets = [], options = {}) {
  const problems = [];
  const inside = [];
  for (const target of targets) {
    const outside = await resolveInRepo(root, target).then(() => null, (error) => error.message);
    if (outside) problems.push({ path: target, line: 1, col: 1, message: outside });
    else inside.push(target);
  }
  if (targets.length > 0 && inside.length === 0) return { problems: sortProblems(problems), filesChecked: 0 };
  const files = await collectFiles(root, targets.length > 0 ? inside : DEFAULT_TARGETS, targets.length > 0);
  const ctx = new RepoContext(root, options.env);
  const checked = files.flatMap((file) => {
    const check = checkFor(file);
    return check ? [{ file, check }] : [];
  });
  if (checked.some(({ file }) => file.endsWith(".mjml"))) preloadMjmlEngine();
  const results = await Promise.all(checked.map(({ file, check }) => checkSafely(file, root, ctx, check)));
  for (const found of results) problems.push(...found);
  return { problems: sortProblems(problems), filesChecked: checked.length };
}
async function checkSafely(file, root, ctx, check) {
  try {
    const text2 = await readRepoText(root, file);
    return await check(file, text2, ctx);
  } catch (error) {
    const message = error instanceof InputError ? error.message : String(error?.message ?? error).split("\n")[0];
    return [{ path: file, line: 1, col: 1, message: `cannot check this file: ${message}` }];
  }
}
async function collectFiles(root, targets, explicit) {
  const found = /* @__PURE__ */ new Set();
  for (const target of targets) {
    const absolute = resolve2(root, target);
    const info = await stat3(absolute).catch(() => null);
    if (!info) {
      if (explicit) throw new InputError(`no such file or folder: ${target}`, { hint: "give paths relative to the repository root, e.g. campaigns/trial-expiration-3d" });
      continue;
    }
    if (info.isFile()) found.add(toRepoPath(root, absolute));
    else for (const file of await walk(absolute)) if (checkFor(toRepoPath(root, file))) found.add(toRepoPath(root, file));
  }
  return [...found].sort();
}
async function walk(folder) {
  const entries = await readdir4(folder, { withFileTypes: true }).catch(() => []);
  const files = [];
  for (const entry of entries) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join6(folder, entry.name);
    if (entry.isDirectory()) files.push(...await walk(path));
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
  }
  return files;
}
function toRepoPath(root, absolute) {
  return relative(root, absolute).split(sep).join("/");
}

// core/pipeline/recheck.ts
function recheckVariants(context, drafts, freshness2, now) {
  const partition = partitionAudience({ campaign: context.campaign, snapshots: freshness2.snapshots, now, report: freshness2.report });
  const cohorts = new Map(partition.cohorts.map((c) => [c.key, c]));
  return drafts.variants.map((variant2) => {
    const cohort = cohorts.get(variant2.audience.key);
    if (!cohort) return recheckAsGeneric(context, variant2);
    const judged = variant2.evals.checks.filter((c) => c.id.startsWith("judge_"));
    return { ...variant2, evals: withJudges(checkVariantContent(context, cohort, variant2.content), judged) };
  });
}
function recheckAsGeneric(context, variant2) {
  const cohort = { key: variant2.audience.key, variant: "generic", plan_name: "", recipients: variant2.audience.recipients };
  const judged = variant2.evals.checks.filter((c) => c.id.startsWith("judge_"));
  return { ...variant2, evals: withJudges(checkVariantContent(context, cohort, variant2.content), judged) };
}

// action/src/lib/lines.ts
var import_yaml = __toESM(require_dist(), 1);
function yamlKeyLine(text2, path) {
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text2, { lineCounter: counter });
  let node = doc.contents;
  let line = 1;
  for (const key of path) {
    if (!(0, import_yaml.isMap)(node)) return line;
    const pair = node.items.find((item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === key);
    if (!pair) return line;
    const range = pair.key.range;
    if (range) line = counter.linePos(range[0]).line;
    node = pair.value;
  }
  return line;
}
function draftsAudienceLine(text2, audienceKey) {
  const at = text2.indexOf(`"key": ${JSON.stringify(audienceKey)}`);
  return at < 0 ? 1 : text2.slice(0, at).split("\n").length;
}

// action/src/lib/sentences.ts
function quotedSentence(message, content) {
  const phrases = [...message.matchAll(/"([^"]{2,})"|“([^”]{2,})”/g)].map((m) => (m[1] ?? m[2] ?? "").toLowerCase());
  if (phrases.length === 0) return null;
  for (const [field, value] of Object.entries(content)) {
    const texts = Array.isArray(value) ? value.filter((v) => typeof v === "string") : typeof value === "string" ? [value] : [];
    for (const text2 of texts) {
      for (const sentence2 of sentencesOf(text2)) {
        if (phrases.some((p) => sentence2.toLowerCase().includes(p))) return `${field}: "${sentence2}"`;
      }
    }
  }
  return null;
}
function sentencesOf(text2) {
  return text2.split(/\n+/).flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9"“[])/)).map((s) => s.trim()).filter(Boolean);
}

// action/src/stages/campaign.ts
async function checkCampaign2(root, campaignDir, options) {
  let context;
  try {
    context = await loadCampaignContext(root, campaignDir);
  } catch (error) {
    if (!isInputError(error)) throw error;
    return unloadable(campaignDir, error);
  }
  const { campaign } = context;
  const clock = await chooseClock(root, campaign, options.now);
  const contract = await checkFreshness({ root, campaign, now: clock.now, runId: runIdFor(clock.now) });
  const freshness2 = contract.report;
  const campaignFile = join7(campaignDir, "campaign.yaml");
  const campaignText = await readFile4(join7(root, campaignFile), "utf8");
  const findings = freshnessFindings(freshness2, campaignFile, campaignText);
  const currency = await checkDraftsCurrent({ root, campaignDir, now: clock.now, context, contract });
  const remedy = runnableRemedy(currency.remedy, options.invalidFiles ?? []);
  const gate = {
    campaign: campaign.id,
    workflow: campaign.workflow,
    freshness: freshness2.decision,
    freshnessNotes: Object.entries(freshness2.required_inputs).filter(([, v]) => v.status !== "pass").map(([name, v]) => `${inputProblem(name, v)} (${v.on_failure.replace(/_/g, " ")})`),
    drafts: { current: currency.status === "current", reasons: currency.status === "current" ? [] : [...currency.reasons, `To regenerate: ${remedy}.`] },
    verdict: null,
    risk: null,
    requiredReviewers: [],
    checkpoint: null,
    previews: [],
    notes: clock.kind === "demo" ? [`Freshness judged against the demo clock (${clock.now.toISOString()}): every source of this campaign is an embedded snapshot.`] : []
  };
  const drafts = currency.drafts;
  if (currency.status !== "current" || !drafts) {
    findings.push({ path: draftsPath(campaignDir), line: 1, level: "failure", title: "drafts not current", message: `${currency.reasons.join("; ")}. To regenerate: ${remedy}.` });
    if (drafts && onlyPoliciesChanged(currency.reasons)) {
      const rechecked2 = { ...drafts, variants: recheckVariants(context, drafts, contract, clock.now) };
      findings.push(...(await checkFindings(root, campaignDir, rechecked2)).filter((f) => f.level === "failure"));
    }
    return { gate, findings };
  }
  const rechecked = { ...drafts, variants: recheckVariants(context, drafts, contract, clock.now) };
  Object.assign(gate, judgeDrafts(context, rechecked, freshness2));
  const p = drafts.provenance;
  gate.provenance = [`generation ${p.model} with ${p.workflow} v${p.prompt_version} at ${p.generated_at} (trace ${p.trace_id}); judge verdicts as stored then`];
  findings.push(...await checkFindings(root, campaignDir, rechecked));
  return { gate, findings };
}
function judgeDrafts(context, drafts, freshness2) {
  const report = mergeVariantReports(drafts.variants, freshness2);
  const checkpoint = buildCheckpoint({ campaign: context.campaign, runId: drafts.provenance.run_id, promptVersion: context.prompt.version, report });
  return {
    verdict: checkpoint.verdict,
    risk: checkpoint.risk_level,
    requiredReviewers: checkpoint.required_reviewers,
    checkpoint,
    previews: drafts.variants.map((v) => ({ audience: v.audience.key, recipients: v.audience.recipients, source: v.source, content: v.content }))
  };
}
function runnableRemedy(remedy, invalidFiles) {
  if (invalidFiles.length === 0) return remedy;
  const files = invalidFiles.length === 1 ? invalidFiles[0] : `${invalidFiles.slice(0, -1).join(", ")} and ${invalidFiles.at(-1)}`;
  return `fix ${files} first (generation refuses to run until ${invalidFiles.length === 1 ? "it validates" : "they validate"}; see its findings), then ${remedy}`;
}
function onlyPoliciesChanged(reasons) {
  return reasons.length > 0 && reasons.every((r) => /^policy \S+ changed or is newly pinned$/.test(r));
}
async function checkFindings(root, campaignDir, drafts) {
  const path = draftsPath(campaignDir);
  const text2 = await readFile4(join7(root, path), "utf8");
  return drafts.variants.flatMap(
    (variant2) => variant2.evals.checks.filter((c) => c.status === "fail" || c.status === "warn").map((c) => {
      const sentence2 = quotedSentence(c.message, variant2.content);
      return {
        path,
        line: draftsAudienceLine(text2, variant2.audience.key),
        level: c.status === "fail" ? "failure" : "warning",
        title: c.label,
        message: `${variant2.audience.key}: ${c.message}${sentence2 ? ` In ${sentence2}` : ""}`
      };
    })
  );
}
function freshnessFindings(freshness2, campaignFile, campaignText) {
  return Object.entries(freshness2.required_inputs).filter(([, v]) => v.status !== "pass").map(([name, v]) => ({
    path: campaignFile,
    line: yamlKeyLine(campaignText, ["contract", name]),
    level: v.on_failure === "stop" ? "failure" : "warning",
    title: "data freshness",
    message: `${inputProblem(name, v)}. On failure: ${v.on_failure.replace(/_/g, " ")}.`
  }));
}
function inputProblem(name, verdict2) {
  if (verdict2.message) return verdict2.message.replace(/\.$/, "");
  const stale = verdict2.stale_recipients ? `: ${verdict2.stale_recipients} recipients' rows older than ${verdict2.max_age_hours ?? "?"} hours` : "";
  return `${name}: ${verdict2.status}${stale}`;
}
function unloadable(campaignDir, error) {
  const gate = {
    campaign: campaignDir.replace(/^campaigns\//, ""),
    workflow: "",
    freshness: null,
    freshnessNotes: [],
    drafts: null,
    verdict: "fail",
    risk: null,
    requiredReviewers: [],
    checkpoint: null,
    previews: [],
    notes: [`The campaign could not be loaded (${error.file ?? join7(campaignDir, "campaign.yaml")}): ${error.message}${error.hint ? ` \u2014 ${error.hint}` : ""}`]
  };
  const finding = { path: error.file ?? join7(campaignDir, "campaign.yaml"), line: error.line ?? 1, level: "failure", title: CAMPAIGN_NOT_LOADED, message: error.hint ? `${error.message} \u2014 ${error.hint}` : error.message };
  return { gate, findings: [finding] };
}

// action/src/stages/uses.ts
import { readdir as readdir5 } from "node:fs/promises";
import { join as join8 } from "node:path";
var POLICY_FOLDER = { approved_claims: "claims", legal_restrictions: "legal", brand_rules: "brand" };
async function repositoryUses(root, baseProduction) {
  const dirs = (await readdir5(join8(root, "campaigns"), { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => `campaigns/${d.name}`);
  const campaigns = await Promise.all(dirs.sort().map((dir) => campaignUse(root, dir)));
  const workflows = (await readdir5(join8(root, "prompts"), { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => d.name);
  const production = {};
  for (const workflow of workflows) {
    const head = await loadReleases(root, workflow).then((r) => typeof r.production === "number" ? r.production : null).catch(() => null);
    const base = await baseProduction(workflow);
    production[workflow] = { base: base === void 0 ? head : base, head };
  }
  return { campaigns, production };
}
async function campaignUse(root, dir) {
  const id = dir.slice("campaigns/".length);
  const campaign = await loadCampaign(root, dir).catch(() => null);
  if (!campaign) return { id, dir, workflow: "", prompt: "", policies: {}, sources: [], sourceFiles: [] };
  const sources = sourceNames(campaign);
  const definitions = await Promise.all(sources.map((name) => loadSourceDefinition(root, name).catch(() => null)));
  return {
    id: campaign.id ?? id,
    dir,
    workflow: campaign.workflow,
    prompt: campaign.prompt,
    policies: Object.fromEntries(Object.entries(campaign.policies ?? {}).map(([kind, version2]) => [POLICY_FOLDER[kind] ?? kind, version2])),
    sources,
    sourceFiles: definitions.flatMap((d) => d?.kind === "file" ? [d.path.replace(/^\.\//, "")] : [])
  };
}
function sourceNames(campaign) {
  return [...new Set(Object.values(campaign.contract ?? {}).flatMap((input) => "source" in input ? [input.source] : []))].sort();
}

// action/src/stages/validate.ts
async function validateFiles(root, files) {
  if (files.length === 0) return [];
  const { problems } = await validateRepository(root, files);
  return problems.map((p) => ({ path: p.path, line: p.line, level: p.advisory ? "warning" : "failure", title: p.advisory ? "advice" : INVALID_FILE, message: p.message }));
}

// action/src/stages/workflow.ts
import { join as join9 } from "node:path";

// simulator/server.ts
import { createHash as createHash2 } from "node:crypto";
import { createServer } from "node:http";
import { setTimeout as sleep2 } from "node:timers/promises";

// simulator/brief.ts
function readBrief(messages) {
  const system = messages.filter((m) => m.role === "system" || m.role === "developer").map(textOf).join("\n");
  const user = messages.filter((m) => m.role === "user").map(textOf).join("\n");
  const all = `${system}
${user}`;
  const footer = /ends with\s+"([^"]+)"\s+and the address\s+"([^"]+)"/i.exec(all);
  const crm = /<crm_notes>([\s\S]*?)<\/crm_notes>/i.exec(user);
  return {
    brandName: /emails? for ([A-Z][\w.-]*)/.exec(system)?.[1] ?? /copy for ([A-Z][\w.-]*)/.exec(system)?.[1] ?? "Lumora",
    goal: labelled(user, "Goal"),
    keyMessage: labelled(user, "Key message"),
    ctaText: labelled(user, "Call to action") || labelled(user, "CTA"),
    deadlineText: labelled(user, "Deadline"),
    offer: readOffer(labelled(user, "Offer")),
    approvedClaims: bulletsAfter(system, /approved claims/i),
    bannedWords: readList(/Never use these words:\s*(.+)/i.exec(system)?.[1] ?? ""),
    legalRules: bulletsAfter(system, /legal restrictions/i),
    unsubscribeText: footer?.[1] ?? "You can unsubscribe at any time.",
    postalAddress: footer?.[2] ?? "",
    variant: /generic/i.test(labelled(user, "Audience variant")) ? "generic" : "personalized",
    role: labelled(user, "Role"),
    planName: labelled(user, "Plan"),
    usageSummary: labelled(user, "Usage during the trial"),
    roleValueOpening: /worth to the reader'?s role/i.test(system),
    crmNotes: crm?.[1]?.trim() ?? ""
  };
}
function textOf(message) {
  if (typeof message.content === "string") return message.content;
  if (Array.isArray(message.content)) {
    return message.content.map((part) => part && typeof part === "object" && "text" in part ? String(part.text) : "").join("\n");
  }
  return "";
}
function labelled(text2, label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^\\s*${escaped}:[ \\t]*(.*)$`, "im").exec(text2)?.[1]?.trim() ?? "";
}
function readOffer(line) {
  if (!line) return null;
  const match = /^(.*?)\s+with code\s+([A-Za-z0-9_-]+),?\s*(?:valid until\s+(.*?))?\.?(?:\s+This is the only discount\.?)?$/i.exec(line);
  if (!match) return { summary: line.replace(/\.$/, ""), code: "", expiresText: "" };
  return { summary: match[1] ?? "", code: match[2] ?? "", expiresText: (match[3] ?? "").replace(/\.$/, "") };
}
function bulletsAfter(text2, heading) {
  const lines = text2.split("\n");
  const start = lines.findIndex((line) => heading.test(line) && !BULLET.test(line));
  if (start < 0) return [];
  const items = [];
  for (const line of lines.slice(start + 1)) {
    const bullet = BULLET.exec(line);
    if (bullet?.[1]) items.push(bullet[1]);
    else if (items.length > 0) break;
  }
  return items;
}
var BULLET = /^\s*[-*]\s+(.*\S)\s*$/;
function readList(text2) {
  return text2.replace(/\.\s*$/, "").split(",").map((word) => word.trim()).filter(Boolean);
}

// simulator/options.ts
function behaviourFor(options, model) {
  const override = options.models?.[model] ?? {};
  return {
    rate429: override.rate429 ?? options.rate429 ?? 0,
    rate5xx: override.rate5xx ?? options.rate5xx ?? 0,
    rateMalformed: override.rateMalformed ?? options.rateMalformed ?? 0,
    rateInvalid: override.rateInvalid ?? options.rateInvalid ?? 0,
    rateRisky: override.rateRisky ?? options.rateRisky ?? 0,
    rateDrop: override.rateDrop ?? options.rateDrop ?? 0,
    latencyMs: override.latencyMs ?? options.latencyMs ?? 0,
    script: override.script ?? options.script ?? [],
    jsonSchema: override.jsonSchema ?? true
  };
}

// simulator/random.ts
import { createHash } from "node:crypto";
function seededChoices(...parts) {
  const digest = createHash("sha256").update(parts.join("\0")).digest();
  let state = digest.readUInt32LE(0);
  const next = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  const pick = (items) => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(next() * items.length)];
  };
  const sample = (items, count2) => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, Math.max(0, count2));
  };
  const chance = (rate) => rate > 0 && next() < rate;
  return { next, pick, sample, chance };
}

// simulator/replies.ts
var SIMULATOR_HEADER = "x-copygate-simulator";
var SIMULATOR_MODEL_SUFFIX = "+copygate-simulator";
function errorReply(status, type, message, extra = {}) {
  return { status, headers: {}, body: { error: { message, type, param: extra.param ?? null, code: extra.code ?? null } } };
}
function rateLimitReply(retryAfterSeconds, limit, withMsHeader, why) {
  const reply = errorReply(429, "requests", `Rate limit reached for requests (simulated: ${why.replace("_", " ")}). Please try again in ${formatDuration(retryAfterSeconds)}.`, {
    code: "rate_limit_exceeded"
  });
  reply.headers = {
    "retry-after": String(retryAfterSeconds),
    "x-ratelimit-limit-requests": String(limit),
    "x-ratelimit-remaining-requests": "0",
    "x-ratelimit-reset-requests": formatDuration(retryAfterSeconds)
  };
  if (withMsHeader) reply.headers["retry-after-ms"] = String(Math.round(retryAfterSeconds * 1e3));
  reply.injected = why;
  return reply;
}
function formatDuration(seconds) {
  if (seconds < 1) return `${Math.round(seconds * 1e3)}ms`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round((seconds - minutes * 60) * 1e3) / 1e3;
  return minutes > 0 ? `${minutes}m${rest}s` : `${rest}s`;
}
function completionReply(id, model, content, promptChars) {
  const promptTokens = Math.max(1, Math.ceil(promptChars / 4));
  const completionTokens = Math.max(1, Math.ceil(content.length / 4));
  return {
    status: 200,
    headers: {},
    body: {
      id,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1e3),
      model: `${model}${SIMULATOR_MODEL_SUFFIX}`,
      system_fingerprint: "fp_copygate_sim",
      choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens }
    }
  };
}

// simulator/risky.ts
var RISK_KINDS = ["invented_statistic", "competitor_name", "guarantee", "second_discount", "soc2_claim"];
var LONG = {
  invented_statistic: (brand) => `Teams that upgrade build reports 43% faster with ${brand}.`,
  competitor_name: (brand) => `Unlike Tableau, ${brand} keeps every dashboard in one place.`,
  guarantee: () => "Results are guaranteed from your first week on the paid plan.",
  second_discount: () => "Upgrade this week and take an extra 10% off with code EXTRA10.",
  soc2_claim: (brand) => `${brand} is SOC 2 certified, so your data stays protected.`
};
var SHORT = {
  invented_statistic: "Reports 43% Faster",
  competitor_name: "Better Than Tableau",
  guarantee: "Guaranteed Results",
  second_discount: "Extra 10% Off This Week",
  soc2_claim: "SOC 2 Certified Dashboards"
};
function injectRisk(copy, brief, choose) {
  const kind = choose.pick(RISK_KINDS);
  const line = LONG[kind](brief.brandName);
  if (typeof copy.email_body === "string") {
    copy.email_body = insertBeforeOffer(copy.email_body, line);
  } else if (Array.isArray(copy.headlines) && copy.headlines.length > 0) {
    copy.headlines[copy.headlines.length - 1] = SHORT[kind];
  } else {
    const field = Object.keys(copy).find((key) => typeof copy[key] === "string");
    if (field) copy[field] = `${String(copy[field])} ${line}`.trim();
  }
  return kind;
}
function insertBeforeOffer(body, line) {
  const paragraphs = body.split("\n\n");
  const offerAt = paragraphs.findIndex((p) => p.startsWith("Your offer:"));
  const at = offerAt > 0 ? offerAt : Math.min(2, paragraphs.length);
  paragraphs.splice(at, 0, line);
  return paragraphs.join("\n\n");
}

// simulator/ads.ts
var HEADLINE_MAX = 30;
var DESCRIPTION_MAX = 90;
var CLAIM_HEADLINES = [
  { needs: /postgres/i, text: "Connect Postgres" },
  { needs: /snowflake/i, text: "Connect Snowflake" },
  { needs: /bigquery/i, text: "Connect BigQuery" },
  { needs: /unlimited viewers/i, text: "Share With Unlimited Viewers" },
  { needs: /scheduled reports/i, text: "Scheduled Reports by Email" },
  { needs: /slack/i, text: "Reports Delivered to Slack" },
  { needs: /keeps every dashboard/i, text: "Keep Every Dashboard" },
  { needs: /annual billing/i, text: "Annual Billing Available" }
];
function writeAds(brief, choose, counts) {
  return {
    headlines: choose.sample(headlineCandidates(brief), counts.headlines),
    descriptions: choose.sample(descriptionCandidates(brief), counts.descriptions)
  };
}
function headlineCandidates(brief) {
  const brand = brief.brandName;
  const claimText = brief.approvedClaims.join(" ");
  const pool = [
    `${brand} Dashboards`,
    `Dashboards for Your Data`,
    `Reports Your Team Can Share`,
    `Try ${brand} With Your Team`,
    `${brand} for Data Teams`,
    ...CLAIM_HEADLINES.filter((h) => h.needs.test(claimText)).map((h) => h.text),
    brief.ctaText,
    brief.offer?.code ? `Use Code ${brief.offer.code}` : ""
  ];
  const fitting = pool.filter((h) => h && h.length <= HEADLINE_MAX);
  return [...new Map(fitting.map((h) => [h.toLowerCase(), h])).values()];
}
function descriptionCandidates(brief) {
  const offer = brief.offer;
  const pool = [
    ...brief.approvedClaims,
    offer?.code ? `${offer.summary} with code ${offer.code}.` : "",
    brief.keyMessage
  ];
  return [...new Set(pool.filter((d) => d && d.length <= DESCRIPTION_MAX))];
}

// simulator/email.ts
var SUBJECT_MAX = 48;
function writeEmail(brief, choose) {
  const subjects = choose.sample(subjectCandidates(brief), 3);
  const claims = choose.sample(brief.approvedClaims, Math.min(2, brief.approvedClaims.length));
  return {
    subject_lines: subjects,
    preview_text: previewText(brief, choose),
    email_body: emailBody(brief, claims, choose),
    cta_text: ctaText(brief),
    rationale: `Leads with the key message for the ${brief.variant === "generic" ? "generic" : roleName(brief)} audience, uses ${claims.length} approved claim${claims.length === 1 ? "" : "s"} word for word, states the offer once and keeps a single call to action before the footer.`,
    risk_flags: []
  };
}
function ctaText(brief) {
  return brief.ctaText || `Upgrade ${brief.brandName}`;
}
function roleName(brief) {
  return brief.role ? `${brief.role} role` : "personalized";
}
function subjectCandidates(brief) {
  const brand = brief.brandName;
  const candidates = [
    `Keep your ${brand} dashboards after your trial`,
    `Your ${brand} trial is ending`,
    `Keep everything you built in ${brand}`,
    `Your ${brand} work stays when you upgrade`,
    `Before your ${brand} trial ends`,
    `Keep your dashboards, queries and alerts`,
    ...roleSubjects(brief)
  ];
  if (brief.offer?.code) candidates.push(`Your ${brief.planName ? "upgrade" : "offer"} code ${brief.offer.code} is ready`);
  const fitting = [...new Set(candidates)].filter((s) => s.length <= SUBJECT_MAX && !s.includes("!"));
  for (const spare of [`A note about your ${brand} trial`, "Your trial is ending", "Keep what you built"]) {
    if (fitting.length >= 3) break;
    if (!fitting.includes(spare) && spare.length <= SUBJECT_MAX) fitting.push(spare);
  }
  return fitting;
}
function roleSubjects(brief) {
  if (brief.variant === "generic") return [];
  const role = brief.role.toLowerCase();
  if (role === "admin") return [`Keep your team's dashboards in ${brief.brandName}`];
  if (role === "analyst") return [`Keep your queries and reports in ${brief.brandName}`];
  if (role === "viewer") return ["Keep the dashboards your team shares"];
  return [];
}
function previewText(brief, choose) {
  const offer = brief.offer;
  const candidates = [
    sentence(brief.keyMessage),
    offer?.code && offer.expiresText ? `Your offer code ${offer.code} is valid until ${offer.expiresText}.` : "",
    `Everything you built during the trial stays in ${brief.brandName} when you upgrade.`,
    `Upgrading keeps the dashboards and reports you set up in ${brief.brandName}.`
  ].filter((text2) => text2.length >= 40 && text2.length <= 90);
  return candidates.length > 0 ? choose.pick(candidates) : `Keep the work you did during your ${brief.brandName} trial.`;
}
function emailBody(brief, claims, choose) {
  const cta = ctaText(brief);
  const callToAction = `[${cta}]`;
  const paragraphs = [
    "Hi there,",
    opening(brief, choose),
    [sentence(brief.keyMessage), deadlineSentence(brief.deadlineText)].filter(Boolean).join(" "),
    claims.length > 0 ? claims.map(sentence).join(" ") : "",
    offerSentence(brief),
    callToAction,
    `${choose.pick([`Thank you for trying ${brief.brandName},`, "Best regards,", `See you in ${brief.brandName},`])}
The team at ${brief.brandName}`,
    [sentence(brief.unsubscribeText), brief.postalAddress].filter(Boolean).join("\n")
  ];
  const repeatsCta = (p) => p !== callToAction && p.toLowerCase().includes(cta.toLowerCase());
  return paragraphs.filter((p) => p && !repeatsCta(p)).join("\n\n");
}
var ROLE_VALUE = {
  admin: "As the admin, upgrading keeps the workspace you set up and every dashboard your team shares in it.",
  analyst: "As an analyst, upgrading keeps your queries, dashboards and scheduled reports.",
  viewer: "Upgrading keeps the dashboards your team shares with you.",
  generic: "Upgrading keeps everything your team built during the trial."
};
function opening(brief, choose) {
  const brand = brief.brandName;
  if (brief.roleValueOpening) {
    return ROLE_VALUE[brief.variant === "generic" ? "generic" : brief.role.toLowerCase()] ?? ROLE_VALUE.generic;
  }
  if (brief.variant === "generic") {
    return choose.pick([
      `Your ${brand} trial is coming to an end.`,
      `Thank you for spending your trial with ${brand}.`
    ]);
  }
  const role = brief.role.toLowerCase();
  const byRole = {
    admin: [`You set up ${brand} for your team during the trial.`, `As the admin of your ${brand} workspace, you decide what happens next.`],
    analyst: [`You built queries and dashboards in ${brand} during the trial.`, `Your analysis in ${brand} has taken shape during the trial.`],
    viewer: [`Your team has been sharing dashboards with you in ${brand}.`, `You have been following your team's dashboards in ${brand}.`]
  };
  return choose.pick(byRole[role] ?? [`Thank you for using ${brand} during your trial.`]);
}
function deadlineSentence(deadline) {
  if (!deadline) return "";
  if (/\b(ends?|expires?|closes?)\b/i.test(deadline)) return sentence(deadline);
  const joiner = /^(in|on|at|by|before)\b/i.test(deadline) ? "" : /^\d|^[A-Z][a-z]+ \d/.test(deadline) ? "on " : "";
  return `Your trial ends ${joiner}${deadline.replace(/\.$/, "")}.`;
}
function offerSentence(brief) {
  const offer = brief.offer;
  if (!offer) return "";
  const code = offer.code ? ` with code ${offer.code}` : "";
  const until = offer.expiresText ? `, valid until ${offer.expiresText}` : "";
  return `Your offer: ${lowerFirst(offer.summary)}${code}${until}.`;
}
function sentence(text2) {
  const trimmed = text2.trim();
  if (!trimmed) return "";
  const body = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.?]$/.test(body) ? body : `${body}.`;
}
function lowerFirst(text2) {
  return /^[A-Z][a-z]/.test(text2) ? text2.charAt(0).toLowerCase() + text2.slice(1) : text2;
}

// simulator/shape.ts
function writeForSchema(schema, brief, choose, promptText) {
  const root = schema && typeof schema === "object" ? schema : guessSchema(promptText);
  const props = root.properties ?? {};
  const known = {};
  if ("subject_lines" in props || "email_body" in props) Object.assign(known, writeEmail(brief, choose));
  if ("headlines" in props || "descriptions" in props) {
    Object.assign(known, writeAds(brief, choose, {
      headlines: arrayCount(props.headlines, 10),
      descriptions: arrayCount(props.descriptions, 3)
    }));
  }
  const out = {};
  for (const name of Object.keys(props)) {
    const isRequired = (root.required ?? Object.keys(props)).includes(name);
    if (name in known) out[name] = known[name];
    else if (isRequired) out[name] = fill(name, props[name] ?? {}, brief, choose);
  }
  return out;
}
function arrayCount(schema, preferred) {
  const min = schema?.minItems ?? 0;
  const max = schema?.maxItems ?? preferred;
  return Math.max(min, Math.min(max, preferred));
}
function guessSchema(promptText) {
  const string = { type: "string" };
  const strings = { type: "array", items: string };
  if (/subject_lines/.test(promptText)) {
    return { properties: { subject_lines: { ...strings, minItems: 3, maxItems: 3 }, preview_text: string, email_body: string, cta_text: string, rationale: string, risk_flags: strings } };
  }
  if (/headlines/.test(promptText)) {
    return { properties: { headlines: { ...strings, maxLength: HEADLINE_MAX }, descriptions: { ...strings, maxItems: 4 } } };
  }
  return { properties: { text: string } };
}
function fill(name, schema, brief, choose) {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  if (/risk_flags|^flags$/i.test(name)) return [];
  if (type === "array") {
    const count2 = Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3));
    return Array.from({ length: count2 }, (_, i) => fill(`${name}_${i}`, schema.items ?? { type: "string" }, brief, choose));
  }
  if (type === "object") {
    const out = {};
    for (const [key, child] of Object.entries(schema.properties ?? {})) out[key] = fill(key, child, brief, choose);
    return out;
  }
  if (type === "number" || type === "integer") return schema.minimum ?? 0;
  if (type === "boolean") return false;
  return clip(textFor(name, brief, choose), schema.maxLength);
}
var DISPLAY_PATHS = ["Dashboards", "Reports", "Team-Plan"];
function textFor(name, brief, choose) {
  const pathIndex = /^paths?_(\d+)$/.exec(name)?.[1];
  if (pathIndex !== void 0) return DISPLAY_PATHS[Number(pathIndex) % DISPLAY_PATHS.length];
  if (/cta|call_to_action/i.test(name)) return ctaText(brief);
  if (/headline|title|subject|heading/i.test(name)) return choose.pick([`Keep what you built in ${brief.brandName}`, `${brief.brandName} for your team`]);
  if (/rationale|reason/i.test(name)) return "Written from the brief's key message and approved claims only.";
  const claims = brief.approvedClaims.length > 0 ? choose.sample(brief.approvedClaims, 1) : [];
  return [sentence(brief.keyMessage), ...claims.map(sentence)].filter(Boolean).join(" ") || `${brief.brandName} dashboards and reports.`;
}
function clip(text2, maxLength) {
  if (maxLength === void 0 || text2.length <= maxLength) return text2;
  const cut = text2.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, "");
}

// simulator/completions.ts
function planCompletion(request, bodyDigest, occurrence, options) {
  const seed = String(options.seed ?? 0);
  const behaviour = scripted(behaviourFor(options, request.model), occurrence);
  const faults = seededChoices(seed, "faults", String(occurrence), bodyDigest);
  const format = request.response_format?.type;
  if (format === "json_schema" && !behaviour.jsonSchema) {
    const message = `Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.`;
    return { early: errorReply(400, "invalid_request_error", message, { param: "response_format" }), latencyMs: 0, reply: () => unreachable() };
  }
  if (faults.chance(behaviour.rate429)) {
    const early = rateLimitReply(options.retryAfterSeconds ?? 1, options.maxConcurrent ?? 500, options.retryAfterMsHeader ?? true, "rate_limited");
    return { early, latencyMs: 0, reply: () => unreachable() };
  }
  const draw = (request.temperature ?? 1) > 0 && occurrence > 0 ? [String(occurrence)] : [];
  return { latencyMs: behaviour.latencyMs, reply: () => answer(request, [bodyDigest, ...draw], seed, behaviour, faults) };
}
function scripted(behaviour, occurrence) {
  const step = behaviour.script[occurrence];
  if (step === void 0) return behaviour;
  const status = /^5/.test(step) ? Number(step) : void 0;
  return {
    ...behaviour,
    rate429: step === "429" ? 1 : 0,
    rate5xx: status ? 1 : 0,
    rateMalformed: step === "malformed" ? 1 : 0,
    rateInvalid: step === "invalid" ? 1 : 0,
    rateRisky: step === "risky" ? 1 : 0,
    rateDrop: step === "drop" ? 1 : 0,
    forcedStatus: status
  };
}
function answer(request, sampleKey, seed, behaviour, faults) {
  if (faults.chance(behaviour.rate5xx)) {
    const status = behaviour.forcedStatus ?? faults.pick([500, 502, 503]);
    const reply2 = errorReply(status, "server_error", "The server had an error while processing your request (simulated).");
    reply2.injected = "server_error";
    return reply2;
  }
  const brief = readBrief(request.messages);
  const promptText = request.messages.map((m) => typeof m.content === "string" ? m.content : "").join("\n");
  const copy = writeForSchema(request.response_format?.json_schema?.schema, brief, seededChoices(seed, "copy", ...sampleKey), promptText);
  let injected;
  const riskChoices = seededChoices(seed, "risk", ...sampleKey);
  if (riskChoices.chance(behaviour.rateRisky)) {
    injectRisk(copy, brief, riskChoices);
    injected = "risky";
  }
  let content = JSON.stringify(copy);
  if (faults.chance(behaviour.rateMalformed)) {
    content = malform(content, faults);
    injected = "malformed";
  } else if (faults.chance(behaviour.rateInvalid)) {
    const firstKey = Object.keys(copy)[0];
    if (firstKey) delete copy[firstKey];
    content = JSON.stringify(copy);
    injected = "invalid";
  }
  const id = `chatcmpl-sim${seededChoices(seed, "id", ...sampleKey, String(faults.next())).next().toString(16).slice(2, 14)}`;
  const reply = completionReply(id, request.model, content, promptText.length);
  reply.injected = injected;
  if (seededChoices(seed, "drop", ...sampleKey, String(faults.next())).chance(behaviour.rateDrop)) {
    reply.dropMidBody = true;
    reply.injected = "dropped";
  }
  return reply;
}
function malform(json, choose) {
  const kind = choose.pick(["truncated", "trailing_comma", "prose"]);
  if (kind === "truncated") return json.slice(0, Math.max(1, Math.floor(json.length * 0.6)));
  if (kind === "trailing_comma") return `${json.slice(0, -1)},}`;
  return `Sure, here is the copy you asked for: ${json.slice(0, -1)}`;
}
function unreachable() {
  throw new Error("an early reply has no later reply");
}

// simulator/server.ts
function newState() {
  return {
    stats: { requests: 0, completions: 0, byStatus: {}, byModel: {}, injected: {}, maxInFlight: 0 },
    inFlight: 0,
    seenBodies: /* @__PURE__ */ new Map(),
    quotaWindow: { startedAt: 0, used: 0 }
  };
}
function createSimulatorServer(options, state) {
  return createServer((req, res) => {
    state.stats.requests += 1;
    route(req, options, state).then((reply) => send(res, reply, state)).catch((error) => send(res, errorReply(500, "server_error", `simulator error: ${String(error)}`), state));
  });
}
async function route(req, options, state) {
  const path = (req.url ?? "/").split("?")[0]?.replace(/\/+$/, "") ?? "";
  if (req.method === "GET" && path === "/v1/models") return modelsReply(options);
  if (req.method === "POST" && path === "/v1/chat/completions") return completion(await readBody(req), options, state);
  return errorReply(404, "invalid_request_error", `Unknown request URL: ${req.method} ${path}.`, { code: "unknown_url" });
}
async function completion(rawBody, options, state) {
  state.stats.completions += 1;
  const request = parseRequest(rawBody);
  if ("status" in request) return request;
  state.stats.byModel[request.model] = (state.stats.byModel[request.model] ?? 0) + 1;
  if (options.knownModels && !options.knownModels.includes(request.model)) {
    return errorReply(404, "invalid_request_error", `The model \`${request.model}\` does not exist or you do not have access to it.`, { code: "model_not_found" });
  }
  if (options.maxConcurrent !== void 0 && state.inFlight >= options.maxConcurrent) {
    return rateLimitReply(options.retryAfterSeconds ?? 1, options.maxConcurrent, options.retryAfterMsHeader ?? true, "concurrency_limited");
  }
  const bodyDigest = createHash2("sha256").update(rawBody).digest("hex");
  const quota = options.rateLimit ? takeQuota(options.rateLimit, state) : void 0;
  if (quota && !quota.allowed) {
    const reply = rateLimitReply(quota.resetMs / 1e3, quota.limit, options.retryAfterMsHeader ?? true, "quota_exceeded");
    return withQuotaHeaders(reply, quota);
  }
  const occurrence = state.seenBodies.get(bodyDigest) ?? 0;
  state.seenBodies.set(bodyDigest, occurrence + 1);
  state.inFlight += 1;
  state.stats.maxInFlight = Math.max(state.stats.maxInFlight, state.inFlight);
  try {
    const plan = planCompletion(request, bodyDigest, occurrence, options);
    if (plan.early) return plan.early;
    if (plan.latencyMs > 0) await sleep2(plan.latencyMs);
    return quota ? withQuotaHeaders(plan.reply(), quota) : plan.reply();
  } finally {
    state.inFlight -= 1;
  }
}
function takeQuota(rateLimit, state) {
  const now = Date.now();
  const window = state.quotaWindow;
  if (now - window.startedAt >= rateLimit.windowMs) {
    window.startedAt = now;
    window.used = 0;
  }
  const allowed = window.used < rateLimit.requests;
  if (allowed) window.used += 1;
  const resetMs = Math.max(1, Math.ceil(window.startedAt + rateLimit.windowMs - now));
  return { allowed, limit: rateLimit.requests, remaining: rateLimit.requests - window.used, resetMs };
}
function withQuotaHeaders(reply, quota) {
  reply.headers = {
    ...reply.headers,
    "x-ratelimit-limit-requests": String(quota.limit),
    "x-ratelimit-remaining-requests": String(quota.remaining),
    "x-ratelimit-reset-requests": `${quota.resetMs}ms`
  };
  return reply;
}
function parseRequest(rawBody) {
  let body;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return errorReply(400, "invalid_request_error", "We could not parse the JSON body of your request.");
  }
  const candidate = body;
  if (!candidate || typeof candidate.model !== "string" || !Array.isArray(candidate.messages) || candidate.messages.length === 0) {
    return errorReply(400, "invalid_request_error", "A chat completion needs a string 'model' and a non-empty 'messages' array.", { param: "messages" });
  }
  return candidate;
}
function modelsReply(options) {
  const names = options.knownModels ?? ["gpt-4.1", "gpt-4.1-mini", ...Object.keys(options.models ?? {})];
  const data = [...new Set(names)].map((id) => ({ id, object: "model", created: 0, owned_by: "copygate-simulator" }));
  return { status: 200, headers: {}, body: { object: "list", data } };
}
function readBody(req) {
  return new Promise((resolve3, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => resolve3(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
function send(res, reply, state) {
  const key = String(reply.status);
  state.stats.byStatus[key] = (state.stats.byStatus[key] ?? 0) + 1;
  if (reply.injected) state.stats.injected[reply.injected] = (state.stats.injected[reply.injected] ?? 0) + 1;
  if (res.destroyed) return;
  const payload = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
    "x-request-id": `req_sim_${state.stats.requests.toString(16)}`,
    [SIMULATOR_HEADER]: "copygate bundled simulator; its answers are not a model's",
    ...reply.headers
  });
  if (reply.dropMidBody) {
    res.write(payload.slice(0, Math.floor(payload.length / 2)));
    res.once("drain", () => res.destroy());
    setImmediate(() => res.destroy());
    return;
  }
  res.end(payload);
}

// simulator/index.ts
async function startSimulator(options = {}) {
  const state = newState();
  const server = createSimulatorServer(options, state);
  const host = options.host ?? "127.0.0.1";
  await new Promise((resolve3, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve3());
  });
  const { port } = server.address();
  let closing;
  return {
    url: `http://${host}:${port}/v1`,
    requestCount: () => state.stats.requests,
    stats: () => structuredClone(state.stats),
    close: () => {
      closing ??= new Promise((resolve3, reject) => {
        server.close((error) => error ? reject(error) : resolve3());
        server.closeAllConnections();
      });
      return closing;
    }
  };
}

// action/src/stages/workflow.ts
var SIMULATOR_NOTE = "No model key or base URL was given: the suite ran against copygate's bundled simulator, which checks the pipeline, not the prompt's real quality, and no judge measured reviewer acceptance. Set the openai-api-key input to compare prompts for real.";
async function evaluateWorkflow(root, workflow, comparison, model) {
  const gate = {
    workflow,
    baseline: comparison.baseline === "production" ? "production" : `v${comparison.baseline}`,
    candidate: `v${comparison.candidate}`,
    decision: "not_run",
    comparison: "",
    notes: []
  };
  const connection = await connect2(model);
  try {
    const results = await executeSuite({
      root,
      workflow,
      candidate: String(comparison.candidate),
      baseline: String(comparison.baseline),
      connection: { baseURL: connection.baseURL, apiKey: connection.apiKey },
      cacheDir: join9(root, ".copygate", "cache"),
      concurrency: model.concurrency,
      repeat: 1,
      shard: null,
      ...model.model ? { model: model.model } : {},
      ...connection.simulated ? { endpointLabel: "the bundled simulator" } : {},
      // The bundled simulator writes copy; it cannot judge it, so reviewer acceptance stays unmeasured.
      ...connection.simulated ? { judgeModel: null } : {}
    });
    const report = buildReport(results);
    gate.baseline = `v${results.baseline.version}`;
    gate.decision = report.decision.verdict;
    gate.blocking = report.decision.blocking;
    gate.inconclusive = report.decision.inconclusive;
    gate.headline = decisionHeadline(report);
    gate.comparison = formatMarkdown(report, COMPARISON_BUDGET, { provenance: false });
    gate.provenance = provenanceParts(report.provenance, { calls: results.stats.calls, cacheHits: results.stats.cache_hits });
    if (connection.simulated) gate.notes.push(SIMULATOR_NOTE);
  } catch (error) {
    if (!isInputError(error)) throw error;
    gate.notes.push(`The suite could not run: ${error.format()}`);
  } finally {
    await connection.close();
  }
  return gate;
}
async function connect2(model) {
  if (model.baseUrl || model.apiKey) {
    return { baseURL: model.baseUrl || "https://api.openai.com/v1", apiKey: model.apiKey, simulated: false, close: async () => {
    } };
  }
  const simulator = await startSimulator({});
  return { baseURL: simulator.url, apiKey: "simulator", simulated: true, close: () => simulator.close() };
}
export {
  checkCampaign2 as checkCampaign,
  evaluateWorkflow,
  repositoryUses,
  validateFiles
};
