// The assessment arbitraries live in the property-testing kit (kiemdiem/testing), so it cannot rot.
export * from '../../src/testing/assessments.js';
