import { createRequire as __copygateCreateRequire } from "node:module";
const require = __copygateCreateRequire(import.meta.url);
import {
  CAMPAIGN_NOT_LOADED,
  INVALID_FILE
} from "./chunk-2QD3UPH5.js";
import {
  CHECK_IDS,
  buildReport,
  checkContextFor,
  checkFreshness,
  chooseClock,
  compileFallback,
  contentHash,
  executeSuite,
  fallbackFields,
  formatMarkdown,
  loadCampaign,
  loadPolicies,
  loadPromptRegistry,
  loadReleases,
  loadSourceDefinition,
  parseLocated,
  parsePromptRef,
  partitionAudience,
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
  routeApproval,
  runChecks,
  runIdFor,
  selectDeclaredInput,
  splitPromptFile,
  versionFromFileName
} from "./chunk-FCZRVNYT.js";
import {
  COMPARISON_BUDGET,
  InputError,
  __commonJS,
  __toESM,
  isInputError,
  require_dist
} from "./chunk-WZOT4OFD.js";

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
import { join as join5 } from "node:path";

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
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";
function publishableContent(variants) {
  return variants.map((v) => ({ audience: v.audience.key, content: v.content }));
}
function draftsContentHash(variants) {
  return contentHash(publishableContent(variants));
}
async function readDraftsFile(root, path) {
  let text2;
  try {
    text2 = await readFile(join2(root, path), "utf8");
  } catch {
    return null;
  }
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

// core/pipeline/generate.ts
function promptInputsHash(outcomes) {
  return contentHash(outcomes.map((o) => ({ audience: o.variant.audience.key, input: o.promptInput })));
}

// core/pipeline/current.ts
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
  const p = drafts.provenance;
  const reasons = [];
  if (p.prompt_hash !== context.prompt.hash) {
    reasons.push(`prompt changed: drafts from ${p.workflow}:v${p.prompt_version}, campaign now uses ${context.prompt.workflow}:v${context.prompt.version} (${context.prompt.hash.slice(0, 19)})`);
  }
  if (p.campaign_hash !== context.campaignHash) reasons.push(`${campaignDir}/campaign.yaml changed since the drafts were generated`);
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
  if (report.decision === "stop_before_generation") return "inputs cannot be verified: the data contract stops (see freshness)";
  const partition = partitionAudience({ campaign, snapshots, now, report });
  const outcomes = partition.cohorts.map((cohort) => ({
    promptInput: buildPromptInput({ campaign, policies, cohort }),
    variant: { audience: { key: cohort.key } }
  }));
  const hash = promptInputsHash(outcomes);
  return hash === drafts.provenance.prompt_inputs_hash ? null : "audience inputs changed: the cohorts or their usage figures differ from those the drafts were written for";
}

// core/validate/validate.ts
import { readdir as readdir2, readFile as readFile3, stat as stat2 } from "node:fs/promises";
import { join as join4, relative, resolve, sep } from "node:path";

// core/validate/context.ts
import { readdir, readFile as readFile2, stat } from "node:fs/promises";
import { join as join3 } from "node:path";
var POLICY_FOLDERS = { approved_claims: "policies/claims", legal_restrictions: "policies/legal", brand_rules: "policies/brand" };
var RepoContext = class {
  constructor(root) {
    this.root = root;
  }
  root;
  workflowsCache;
  async exists(path) {
    return stat(join3(this.root, path)).then(() => true, () => false);
  }
  async list(folder) {
    return (await readdir(join3(this.root, folder)).catch(() => [])).sort();
  }
  async readData(path) {
    const text2 = await readFile2(join3(this.root, path), "utf8").catch(() => null);
    return text2 === null ? void 0 : parseLocated(text2).data;
  }
  async policyVersions(kind) {
    return (await this.list(POLICY_FOLDERS[kind])).filter((n) => n.endsWith(".yaml")).map((n) => n.slice(0, -5));
  }
  policyPath(kind, version2) {
    return `${POLICY_FOLDERS[kind]}/${version2}.yaml`;
  }
  async claimIds(version2) {
    const data = await this.readData(this.policyPath("approved_claims", version2));
    return Array.isArray(data?.claims) ? data.claims.map((c) => String(c?.id)) : [];
  }
  /** Every campaign.yaml that parses, with its folder, for checks that render against real briefs. */
  async campaigns() {
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
    const text2 = await readFile2(join3(this.root, path), "utf8").catch(() => "");
    const parts = splitPromptFile(text2);
    const data = parts ? parseLocated(parts.frontmatter).data : void 0;
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

// core/validate/ajv.ts
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);

// core/validate/schemas/common.ts
var SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
var schemaId = (name) => `https://copygate.dev/schemas/${name}.schema.json`;
var text = { type: "string", minLength: 1 };
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
        id: text,
        goal: text,
        key_message: text,
        cta_text: text,
        cta_url: { type: "string", format: "uri" },
        claims: { type: "array", items: text, uniqueItems: true },
        deadline: { enum: ["trial_end", "offer_end", "none"] }
      }
    },
    variants: closedObject({ by: text, generic: { type: "boolean" } }),
    generation: described(
      "Generation settings beyond the prompt's own: fallback_models are tried in order when the prompt's model keeps failing; after them comes the workflow's approved fallback template.",
      closedObject({ fallback_models: { type: "array", items: text, uniqueItems: true } })
    ),
    evals: { description: "default, or a list of check ids to run on the drafts.", anyOf: [{ const: "default" }, { type: "array", items: text, minItems: 1 }] },
    approval: described("Who must approve the drafts at each risk level.", closedObject({ low: textList, medium: textList, high: textList }, ["low", "medium", "high"])),
    publish: closedObject({ target: text, mode: { enum: ["draft", "schedule"] }, send_at: isoDateTime }, ["target", "mode"]),
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
  evals: evalReportSchema
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
          postal_address: text
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
  contains_personal_data: { type: "boolean" }
};
var envName = { type: "string", pattern: "^[A-Z][A-Z0-9_]*$" };
var fileSource = closedObject(
  { ...common, kind: { const: "file" }, path: text, format: { enum: ["json", "jsonl", "csv"] } },
  ["name", "kind", "path", "format", "loaded_at_field"]
);
var postgresSource = closedObject({ ...common, kind: { const: "postgres" }, connection_env: envName, query: text }, ["name", "kind", "connection_env", "query", "loaded_at_field"]);
var httpSource = closedObject(
  { ...common, kind: { const: "http" }, url: { type: "string", format: "uri" }, token_env: envName, rows_path: text },
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
    started_at: isoDateTime
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
  source: sourceSchema,
  "dataset-row": datasetRowSchema,
  drafts: draftsSchema,
  trace: traceSchema,
  "prompt-frontmatter": promptFrontmatterSchema
};

// core/validate/ajv.ts
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
function newAjv() {
  const ajv = new import__.Ajv2020({ allErrors: true, verbose: true, strict: false });
  addFormats(ajv);
  return ajv;
}
var shared = newAjv();
var userAjv = newAjv();
var compiled = /* @__PURE__ */ new Map();
function schemaValidator(name) {
  let validate = compiled.get(name);
  if (!validate) {
    validate = shared.compile(SCHEMAS[name]);
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
      compiledSchema = { validate: userAjv.compile(schema) };
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
function checkYamlFile(file, text2, name) {
  const problems = [];
  const firstLine = text2.replace(/^\uFEFF/, "").split("\n", 1)[0]?.trimEnd() ?? "";
  const expected = expectedSchemaLine(file, name);
  if (firstLine !== expected) {
    const message = firstLine.startsWith("# yaml-language-server:") ? `the schema line points elsewhere: write "${expected}"` : `add "${expected}" as the first line, so editors check this file`;
    problems.push({ path: file, line: 1, col: 1, message, advisory: true });
  }
  const located = parseLocated(text2);
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
  const [claims, legal, brand] = await Promise.all([
    ctx.readData(ctx.policyPath("approved_claims", campaign.policies.approved_claims)),
    ctx.readData(ctx.policyPath("legal_restrictions", campaign.policies.legal_restrictions)),
    ctx.readData(ctx.policyPath("brand_rules", campaign.policies.brand_rules))
  ]);
  const isObject = (v) => v !== null && typeof v === "object";
  if (!isObject(claims) || !isObject(legal) || !isObject(brand)) return void 0;
  return { claims, legal, brand };
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
  if (rollout.candidate === void 0 && !marked && rollout.stage !== "offline") {
    problems.push(at(["rollout", "stage"], `stage ${rollout.stage} needs a candidate: set rollout.candidate, or mark a version as candidate in prompts/${campaign.workflow}/releases.yaml`));
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
  const checked = checkYamlFile(file, text2, "campaign");
  if (checked.data === null || typeof checked.data !== "object") return checked.problems;
  const campaign = checked.data;
  const at = (path, message) => problemAt(file, checked.located, path, message);
  const problems = [...checked.problems];
  const folder = posix2.basename(posix2.dirname(file));
  if (typeof campaign.id === "string" && campaign.id !== folder) problems.push(at(["id"], `id "${campaign.id}" differs from its folder "${folder}": rename one so they match`));
  for (const check of [promptProblems, policyProblems, contractProblems, evalsProblems, rolloutProblems]) {
    problems.push(...await check(campaign, ctx, at).catch(() => []));
  }
  if (checked.valid && problems.length === checked.problems.length) problems.push(...await campaignInputProblems(campaign, checked, file, ctx));
  return problems;
}
var isText = (value) => typeof value === "string";
var isMapping = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
async function promptProblems(campaign, ctx, at) {
  if (!isText(campaign.workflow) || !isText(campaign.prompt)) return [];
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
    if (!isText(version2)) continue;
    const known = await ctx.policyVersions(kind);
    if (!known.includes(version2)) problems.push(at(["policies", kind], `${kind} version "${version2}" does not exist: no ${ctx.policyPath(kind, version2)} (have: ${known.join(", ") || "none"})`));
  }
  const claimsVersion = campaign.policies.approved_claims;
  if (problems.length === 0 && isText(claimsVersion) && Array.isArray(campaign.brief?.claims)) {
    const approved = await ctx.claimIds(claimsVersion);
    campaign.brief.claims.forEach((id, i) => {
      if (isText(id) && !approved.includes(id)) problems.push(at(["brief", "claims", i], `claim "${id}" is not in ${claimsVersion}: use an approved claim id (${approved.join(", ")})`));
    });
  }
  return problems;
}
async function contractProblems(campaign, ctx, at) {
  const problems = [];
  if (!isMapping(campaign.contract)) return [];
  const sources = await ctx.sourceNames();
  for (const [name, input] of Object.entries(campaign.contract)) {
    if (isMapping(input) && isText(input.source) && !sources.includes(input.source)) {
      problems.push(at(["contract", name, "source"], `source "${input.source}" does not exist: add sources/${input.source}.yaml (have: ${sources.join(", ") || "none"})`));
    }
  }
  if (isMapping(campaign.audience) && isText(campaign.audience.input) && !(campaign.audience.input in campaign.contract)) {
    problems.push(at(["audience", "input"], `audience.input "${campaign.audience.input}" is not an input of the contract (inputs: ${Object.keys(campaign.contract).join(", ")})`));
  }
  return problems;
}
async function evalsProblems(campaign, _ctx, at) {
  if (!Array.isArray(campaign.evals)) return [];
  const known = CHECK_IDS;
  return campaign.evals.flatMap(
    (id, i) => isText(id) && !known.includes(id) ? [at(["evals", i], `unknown check "${id}": use "default" or check ids from: ${known.join(", ")}`)] : []
  );
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
  const [claims, legal, brand] = await Promise.all([
    ctx.readData(ctx.policyPath("approved_claims", campaign.policies.approved_claims)),
    ctx.readData(ctx.policyPath("legal_restrictions", campaign.policies.legal_restrictions)),
    ctx.readData(ctx.policyPath("brand_rules", campaign.policies.brand_rules))
  ]);
  if (!schemaValidator("claims")(claims) || !schemaValidator("legal")(legal) || !schemaValidator("brand")(brand)) return void 0;
  return { claims, legal, brand };
}
function headerLine(text2, field) {
  const index = text2.split("\n").findIndex((line) => line.trimEnd() === `## ${field}`);
  return index + 1 || 1;
}

// core/validate/template-vars.ts
var import_handlebars = __toESM(require_lib(), 1);
var HELPERS = /* @__PURE__ */ new Set(["role", "json", "section", "media", "history", "ifEquals", "unlessEquals", "each", "if", "unless", "with", "lookup", "log"]);
var SCOPING_BLOCKS = /* @__PURE__ */ new Set(["each", "with"]);
function parseTemplate(template) {
  try {
    return { program: import_handlebars.default.parse(template) };
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
  return async (file, text2, _ctx) => {
    const checked = checkYamlFile(file, text2, name);
    if (!checked.valid) return checked.problems;
    const data = checked.data;
    const problems = [...checked.problems];
    const expected = posix6.basename(file, ".yaml");
    if (data.version !== expected) problems.push(problemAt(file, checked.located, ["version"], `version "${data.version}" differs from the file name: rename the file to ${data.version}.yaml or fix the version`));
    const list = data.claims ? "claims" : "restrictions";
    const seen = /* @__PURE__ */ new Set();
    (data.claims ?? data.restrictions ?? []).forEach((item, i) => {
      if (seen.has(item.id)) problems.push(problemAt(file, checked.located, [list, i, "id"], `id "${item.id}" is used twice`));
      seen.add(item.id);
    });
    return problems;
  };
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
  const located = parseLocated(parts.frontmatter, parts.frontmatterLineOffset);
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
  const checked = checkYamlFile(file, text2, "releases");
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
  if (releases.fallback_template && !await ctx.exists(`prompts/${folder}/${releases.fallback_template}`)) {
    problems.push(at(["fallback_template"], `fallback template prompts/${folder}/${releases.fallback_template} does not exist`));
  }
  for (const [i, dataset] of (releases.promotion?.datasets ?? []).entries()) {
    if (!await ctx.exists(dataset)) problems.push(at(["promotion", "datasets", i], `dataset ${dataset} does not exist`));
  }
  return problems;
}

// core/validate/check-source.ts
import { posix as posix9 } from "node:path";
async function checkSource(file, text2, ctx) {
  const checked = checkYamlFile(file, text2, "source");
  if (!checked.valid) return checked.problems;
  const source = checked.data;
  const problems = [...checked.problems];
  const expected = posix9.basename(file, ".yaml");
  if (source.name !== expected) problems.push(problemAt(file, checked.located, ["name"], `name "${source.name}" differs from the file name: campaigns refer to this source as "${expected}"`));
  if (source.kind === "file" && !await ctx.exists(source.path)) {
    problems.push(problemAt(file, checked.located, ["path"], `snapshot file ${source.path} does not exist`));
  }
  return problems;
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
  { pattern: /^sources\/[^/]+\.yaml$/, check: checkSource },
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
var DEFAULT_TARGETS = ["prompts", "campaigns", "policies", "sources", "datasets"];
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git", ".copygate"]);
async function validateRepository(root, targets = []) {
  const files = await collectFiles(root, targets.length > 0 ? targets : DEFAULT_TARGETS, targets.length > 0);
  const ctx = new RepoContext(root);
  const problems = [];
  let filesChecked = 0;
  for (const file of files) {
    const check = checkFor(file);
    if (!check) continue;
    filesChecked += 1;
    problems.push(...await checkSafely(file, root, ctx, check));
  }
  return { problems: sortProblems(problems), filesChecked };
}
async function checkSafely(file, root, ctx, check) {
  try {
    const text2 = await readFile3(join4(root, file), "utf8");
    return await check(file, text2, ctx);
  } catch (error) {
    const message = error instanceof InputError ? error.message : String(error?.message ?? error).split("\n")[0];
    return [{ path: file, line: 1, col: 1, message: `cannot check this file: ${message}` }];
  }
}
async function collectFiles(root, targets, explicit) {
  const found = /* @__PURE__ */ new Set();
  for (const target of targets) {
    const absolute = resolve(root, target);
    const info = await stat2(absolute).catch(() => null);
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
  const entries = await readdir2(folder, { withFileTypes: true }).catch(() => []);
  const files = [];
  for (const entry of entries) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join4(folder, entry.name);
    if (entry.isDirectory()) files.push(...await walk(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
function toRepoPath(root, absolute) {
  return relative(root, absolute).split(sep).join("/");
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

// action/src/stages/recheck.ts
function recheckVariants(context, drafts, freshness2, now) {
  const partition = partitionAudience({ campaign: context.campaign, snapshots: freshness2.snapshots, now, report: freshness2.report });
  const cohorts = new Map(partition.cohorts.map((c) => [c.key, c]));
  return drafts.variants.map((variant2) => {
    const cohort = cohorts.get(variant2.audience.key);
    if (!cohort) return variant2;
    const judged = variant2.evals.checks.filter((c) => c.id.startsWith("judge_"));
    return { ...variant2, evals: withJudges(checkVariantContent(context, cohort, variant2.content), judged) };
  });
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
  const campaignFile = join5(campaignDir, "campaign.yaml");
  const campaignText = await readFile4(join5(root, campaignFile), "utf8");
  const findings = freshnessFindings(freshness2, campaignFile, campaignText);
  const currency = await checkDraftsCurrent({ root, campaignDir, now: clock.now, context, contract });
  const gate = {
    campaign: campaign.id,
    workflow: campaign.workflow,
    freshness: freshness2.decision,
    freshnessNotes: Object.entries(freshness2.required_inputs).filter(([, v]) => v.status !== "pass").map(([name, v]) => `${inputProblem(name, v)} (${v.on_failure.replace(/_/g, " ")})`),
    drafts: { current: currency.status === "current", reasons: currency.status === "current" ? [] : [...currency.reasons, `To regenerate: ${currency.remedy}.`] },
    verdict: null,
    risk: null,
    requiredReviewers: [],
    checkpoint: null,
    previews: [],
    notes: clock.kind === "demo" ? [`Freshness judged against the demo clock (${clock.now.toISOString()}): every source of this campaign is an embedded snapshot.`] : []
  };
  const drafts = currency.drafts;
  if (currency.status !== "current" || !drafts) {
    findings.push({ path: draftsPath(campaignDir), line: 1, level: "failure", title: "drafts not current", message: `${currency.reasons.join("; ")}. To regenerate: ${currency.remedy}.` });
    return { gate, findings };
  }
  const rechecked = { ...drafts, variants: recheckVariants(context, drafts, contract, clock.now) };
  Object.assign(gate, judgeDrafts(context, rechecked, freshness2));
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
async function checkFindings(root, campaignDir, drafts) {
  const path = draftsPath(campaignDir);
  const text2 = await readFile4(join5(root, path), "utf8");
  return drafts.variants.flatMap(
    (variant2) => variant2.evals.checks.filter((c) => c.status === "fail" || c.status === "warn").map((c) => ({
      path,
      line: draftsAudienceLine(text2, variant2.audience.key),
      level: c.status === "fail" ? "failure" : "warning",
      title: c.label,
      message: `${variant2.audience.key}: ${c.message}`
    }))
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
    notes: [`The campaign could not be loaded (${error.file ?? join5(campaignDir, "campaign.yaml")}): ${error.message}${error.hint ? ` \u2014 ${error.hint}` : ""}`]
  };
  const finding = { path: error.file ?? join5(campaignDir, "campaign.yaml"), line: error.line ?? 1, level: "failure", title: CAMPAIGN_NOT_LOADED, message: error.hint ? `${error.message} \u2014 ${error.hint}` : error.message };
  return { gate, findings: [finding] };
}

// action/src/stages/uses.ts
import { readdir as readdir3 } from "node:fs/promises";
import { join as join6 } from "node:path";
var POLICY_FOLDER = { approved_claims: "claims", legal_restrictions: "legal", brand_rules: "brand" };
async function repositoryUses(root, baseProduction) {
  const dirs = (await readdir3(join6(root, "campaigns"), { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => `campaigns/${d.name}`);
  const campaigns = await Promise.all(dirs.sort().map((dir) => campaignUse(root, dir)));
  const workflows = (await readdir3(join6(root, "prompts"), { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => d.name);
  const production = {};
  for (const workflow of workflows) {
    const head = await loadReleases(root, workflow).then((r) => typeof r.production === "number" ? r.production : null).catch(() => null);
    production[workflow] = { base: await baseProduction(workflow), head };
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
  return problems.map((p) => ({ path: p.path, line: p.line, level: "failure", title: INVALID_FILE, message: p.message }));
}

// action/src/stages/workflow.ts
import { join as join7 } from "node:path";

// simulator/server.ts
import { createHash as createHash2 } from "node:crypto";
import { createServer } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

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
      model,
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
    if (plan.latencyMs > 0) await sleep(plan.latencyMs);
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
  return new Promise((resolve2, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => resolve2(Buffer.concat(chunks).toString("utf8")));
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
    ...reply.headers
  });
  res.end(payload);
}

// simulator/index.ts
async function startSimulator(options = {}) {
  const state = newState();
  const server = createSimulatorServer(options, state);
  const host = options.host ?? "127.0.0.1";
  await new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve2());
  });
  const { port } = server.address();
  let closing;
  return {
    url: `http://${host}:${port}/v1`,
    requestCount: () => state.stats.requests,
    stats: () => structuredClone(state.stats),
    close: () => {
      closing ??= new Promise((resolve2, reject) => {
        server.close((error) => error ? reject(error) : resolve2());
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
  const connection = await connect(model);
  try {
    const results = await executeSuite({
      root,
      workflow,
      candidate: String(comparison.candidate),
      baseline: String(comparison.baseline),
      connection: { baseURL: connection.baseURL, apiKey: connection.apiKey },
      cacheDir: join7(root, ".copygate", "cache"),
      concurrency: model.concurrency,
      repeat: 1,
      shard: null,
      ...model.model ? { model: model.model } : {},
      // The bundled simulator writes copy; it cannot judge it, so reviewer acceptance stays unmeasured.
      ...connection.simulated ? { judgeModel: null } : {}
    });
    const report = buildReport(results);
    gate.baseline = `v${results.baseline.version}`;
    gate.decision = report.decision.promote ? "promote" : "do_not_promote";
    gate.blocking = report.decision.blocking;
    gate.comparison = formatMarkdown(report, COMPARISON_BUDGET);
    if (connection.simulated) gate.notes.push(SIMULATOR_NOTE);
  } catch (error) {
    if (!isInputError(error)) throw error;
    gate.notes.push(`The suite could not run: ${error.format()}`);
  } finally {
    await connection.close();
  }
  return gate;
}
async function connect(model) {
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
