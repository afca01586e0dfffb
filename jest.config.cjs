/** Jest: TypeScript through ts-jest, tests under test/ mirroring src/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  reporters: ["default", "<rootDir>/test/support/summary-reporter.cjs"],
  setupFiles: ["<rootDir>/test/support/custom-functions-global.ts"],
};
